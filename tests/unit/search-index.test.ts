// What the search index is built from: the pages the build lists, the kits' manifest, and the pages' language.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { printedKits, writeManifest, type PrintedKit } from "../../src/kits/manifest.ts";
import * as pagefind from "pagefind";
import { globsOf, indexSite, pageLanguage, PATHS_PER_GLOB } from "../../src/search/index-site.ts";
import { kitRecord } from "../../src/search/kit-record.ts";
import { ValidationError } from "../../src/validation/problem.ts";

/** Printed kits as the kits stage writes them (kits/manifest.json and kits/texts.json). */
const MANIFEST: { kits: PrintedKit[] } = {
  kits: [
    {
      id: "founder-kit",
      file: "kits/founder-kit.pdf",
      url: "/kits/founder-kit.pdf",
      title: "Founder kit",
      description: "A letter, fact sheet, talking points and a model agenda with blanks to fill in.",
      hash: "3f2a",
      pages: 9,
      bytes: 120400,
      text: "Dear friend,\nWe are starting a local alliance for the International Criminal Court.",
    },
    {
      id: "peoria",
      file: "kits/peoria.pdf",
      url: "/kits/peoria.pdf",
      title: "Recruitment packet: Peoria Justice Network",
      description: "",
      hash: "9b1c",
      pages: 6,
      bytes: 80200,
      text: "Join the Peoria Justice Network.",
    },
  ],
};

const output = mkdtempSync(path.join(tmpdir(), "alliance-search-"));
after(() => rmSync(output, { recursive: true, force: true }));

const manifestFile = path.join(output, "kits", "manifest.json");

describe("kits manifest, read for search", () => {
  it("reads nothing when the kits were not printed, and only the PDFs that exist", () => {
    assert.deepEqual(printedKits(output), []);
    writeManifest(output, MANIFEST);
    assert.deepEqual(printedKits(output), []);
    writeFileSync(path.join(output, "kits", "peoria.pdf"), "%PDF-1.7");
    assert.deepEqual(printedKits(output), [MANIFEST.kits[1]]);
  });

  it("reads the manifest with the schema it is written with, naming every field that does not fit", () => {
    const [founder, peoria] = MANIFEST.kits.map(({ text: _text, ...entry }) => entry);
    writeFileSync(manifestFile, JSON.stringify({ kits: [{ ...founder, title: "" }, { ...peoria, url: undefined, pdf: "peoria.pdf" }] }));
    assert.throws(
      () => printedKits(output),
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(
          error.problems.map((p) => `${p.file}: ${p.field}: found ${p.found}; expected ${p.expected}`),
          [
            "kits/manifest.json: kits[0].title: found an empty text; expected at least 1 characters",
            "kits/manifest.json: kits[1].url: found nothing; expected text (the field is required)",
            "kits/manifest.json: kits[1].pdf: found an unknown field; expected only these fields: id, file, url, title, description, hash, pages, bytes",
          ],
        );
        return true;
      },
    );
  });

  it("takes one shape only: a bare list of kits is not a manifest", () => {
    writeFileSync(manifestFile, JSON.stringify(MANIFEST.kits));
    assert.throws(() => printedKits(output), /kits\/manifest\.json: found a list of 2; expected a group of fields/);
  });

  it("reports a manifest that is not JSON", () => {
    writeFileSync(manifestFile, "{ kits: ");
    assert.throws(() => printedKits(output), /kits\/manifest\.json: found text that is not JSON \(.+\); expected the kits' manifest as the kits stage writes it/);
  });

  it("makes a kit a record typed Kit and titled like the pages, with no sort key", () => {
    const kit = MANIFEST.kits[0]!;
    assert.deepEqual(kitRecord(kit, "en-us"), {
      url: "/kits/founder-kit.pdf",
      content: `Founder kit\n\n${kit.description}\n\n${kit.text}`,
      language: "en-us",
      meta: { title: "Founder kit", type: "Kit" },
      filters: { type: ["Kit"] },
    });
  });
});

describe("page language", () => {
  it("is the <html lang>, lowercased as Pagefind files it", () => {
    assert.equal(pageLanguage('<!doctype html>\n<html lang="en-US">'), "en-us");
    assert.equal(pageLanguage("<html class=x lang=fr>"), "fr");
    assert.equal(pageLanguage("<html>"), undefined);
  });
});

describe("indexing the pages the build lists", () => {
  const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Riverside library.</p></main></body></html>`;
  const PAGES = ["plain/index.html", "a,b/index.html", "c (d)/index.html", "{e}/index.html", "f[1]*?/index.html"];

  it("indexes exactly the listed pages, whatever characters their paths hold", async () => {
    const site = mkdtempSync(path.join(tmpdir(), "search-list-"));
    try {
      for (const file of [...PAGES, "left-out/index.html"]) {
        mkdirSync(path.join(site, path.dirname(file)), { recursive: true });
        writeFileSync(path.join(site, file), page(file));
      }
      assert.equal((await indexSite(site, PAGES)).pages, PAGES.length);
      assert.equal((await indexSite(site)).pages, PAGES.length + 1, "without a list, every page with a body");
      assert.equal((await indexSite(site, [])).pages, 0);
    } finally {
      await pagefind.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("escapes every glob metacharacter of a path, and splits a long list into several globs", () => {
    assert.deepEqual(globsOf(["a/index.html", "b,c/{d}.html"]), ["{a/index.html,b\\,c/\\{d\\}.html}"]);
    assert.deepEqual(globsOf(["a", "b", "c", "d", "e"], 2), ["{a,b}", "{c,d}", "{e}"]);
    assert.deepEqual(globsOf([]), []);
  });

  it("indexes a list longer than one glob holds", async () => {
    const site = mkdtempSync(path.join(tmpdir(), "search-long-"));
    try {
      const pages = Array.from({ length: PATHS_PER_GLOB + 2 }, (_, i) => `p${i}.html`);
      for (const file of pages) writeFileSync(path.join(site, file), page(file));
      assert.equal((await indexSite(site, pages)).pages, pages.length);
    } finally {
      await pagefind.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
