// What the search index is built from besides the pages: the kits' manifest, and the pages' language.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { kitRecord, kitUrl, parseKitManifest, readKitManifest } from "../../src/search/kit-manifest.ts";
import { pageLanguage } from "../../src/search/index-site.ts";
import { ValidationError } from "../../src/validation/problem.ts";

/** A manifest as the kits stage writes it, fields search does not use included. */
const MANIFEST = {
  kits: [
    {
      id: "founder-kit",
      file: "founder-kit.pdf",
      url: "/kits/founder-kit.pdf",
      title: "Founder kit",
      description: "A letter, fact sheet, talking points and a model agenda with blanks to fill in.",
      hash: "3f2a",
      pages: 9,
      bytes: 120400,
      text: "Dear friend,\nWe are starting a local alliance for the International Criminal Court.",
    },
    { id: "peoria", file: "peoria.pdf", title: "Recruitment packet: Peoria Justice Network", text: "Join the Peoria Justice Network." },
  ],
};

const output = mkdtempSync(path.join(tmpdir(), "alliance-search-"));
after(() => rmSync(output, { recursive: true, force: true }));

describe("kits manifest", () => {
  it("gives each kit its title, PDF URL, description and text", () => {
    assert.deepEqual(parseKitManifest(MANIFEST), [
      {
        title: "Founder kit",
        url: "/kits/founder-kit.pdf",
        description: "A letter, fact sheet, talking points and a model agenda with blanks to fill in.",
        text: "Dear friend,\nWe are starting a local alliance for the International Criminal Court.",
      },
      { title: "Recruitment packet: Peoria Justice Network", url: "/kits/peoria.pdf", description: undefined, text: "Join the Peoria Justice Network." },
    ]);
  });

  it("accepts a bare list and kits keyed by id, beside the manifest's own fields", () => {
    const kit = { title: "Handbook", file: "handbook.pdf" };
    assert.deepEqual(parseKitManifest([kit]).map((k) => k.url), ["/kits/handbook.pdf"]);
    assert.deepEqual(parseKitManifest({ version: 2, handbook: kit }).map((k) => k.url), ["/kits/handbook.pdf"]);
    assert.deepEqual(parseKitManifest({ kits: { handbook: kit } }).map((k) => k.url), ["/kits/handbook.pdf"]);
    assert.deepEqual(parseKitManifest({ kits: [] }), []);
  });

  it("resolves a PDF reference against the manifest's folder", () => {
    assert.equal(kitUrl("a.pdf"), "/kits/a.pdf");
    assert.equal(kitUrl("packets/a.pdf"), "/kits/packets/a.pdf");
    assert.equal(kitUrl("/downloads/a.pdf"), "/downloads/a.pdf");
    assert.equal(kitUrl("https://alliances.example.org/kits/a.pdf"), "/kits/a.pdf");
  });

  it("names every kit it cannot use, with the field and what it expected", () => {
    assert.throws(
      () => parseKitManifest({ kits: [{ title: "No file" }, { url: "/kits/x.pdf" }, "founder-kit"] }),
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(
          error.problems.map((p) => `${p.field}: found ${p.found}; expected ${p.expected}`),
          [
            "kits[0]: found no PDF; expected the PDF's URL or file name in one of: url, pdf, href, file, path",
            "kits[1].title: found nothing; expected the kit's title",
            'kits[2]: found "founder-kit"; expected a kit: { title, url, text }',
          ],
        );
        assert.match(error.message, /^3 problems in 1 file:\n {2}kits\/manifest\.json: kits\[0\]:/);
        return true;
      },
    );
    assert.throws(() => parseKitManifest("kits"), /kits\/manifest\.json: found "kits"; expected a list of kits/);
  });

  it("reads nothing when the kits were not printed, and only the PDFs that exist", () => {
    assert.deepEqual(readKitManifest(output), []);
    mkdirSync(path.join(output, "kits"));
    writeFileSync(path.join(output, "kits", "manifest.json"), JSON.stringify(MANIFEST));
    writeFileSync(path.join(output, "kits", "peoria.pdf"), "%PDF-1.7");
    assert.deepEqual(readKitManifest(output).map((kit) => kit.url), ["/kits/peoria.pdf"]);
  });

  it("reports a manifest that is not JSON", () => {
    writeFileSync(path.join(output, "kits", "manifest.json"), "{ kits: ");
    assert.throws(() => readKitManifest(output), /kits\/manifest\.json: found text that is not JSON \(.+\); expected a JSON manifest of the kits/);
  });

  it("makes a kit a record typed Kit, titled and sorted like the pages", () => {
    const [kit] = parseKitManifest(MANIFEST);
    assert.deepEqual(kitRecord(kit!, "en-us"), {
      url: "/kits/founder-kit.pdf",
      content: `Founder kit\n\n${MANIFEST.kits[0]!.description}\n\n${MANIFEST.kits[0]!.text}`,
      language: "en-us",
      meta: { title: "Founder kit", type: "Kit" },
      filters: { type: ["Kit"] },
      sort: { order: "Founder kit" },
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
