// What the search index is built from: the pages the build lists, the kits' manifest, and the pages' language.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { printedKits, writeManifest, type PrintedKit } from "../../src/kits/manifest.ts";
import * as pagefind from "pagefind";
import { byLanguage, globsOf, indexSite, pageLanguage, PATHS_PER_GLOB, searchablePagesIn } from "../../src/search/index-site.ts";
import { kitRecord } from "../../src/search/kit-record.ts";
import { ValidationError } from "../../src/validation/problem.ts";

/** Writes `text` to `file` under `site`, making its folders. */
const write = (site: string, file: string, text: string) => {
  mkdirSync(path.join(site, path.dirname(file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
};

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
    assert.equal(pageLanguage('<html lang="pt_BR">'), "pt_br", "an underscore kept, as Pagefind keeps it");
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
        write(site, file, page(file));
      }
      assert.equal((await indexSite(site, { en: PAGES })).pages, PAGES.length);
      assert.equal((await indexSite(site)).pages, PAGES.length + 1, "without a list, every page with a body");
      assert.equal((await indexSite(site, {})).pages, 0);
      assert.ok(readdirSync(path.join(site, "pagefind")).includes("pagefind.js"), "an empty index still has its script");
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
      assert.equal((await indexSite(site, { en: pages })).pages, pages.length);
    } finally {
      await pagefind.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe("indexing one language at a time", () => {
  const page = (lang: string, title: string, text: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body data-pagefind-filter="type:Page"><h1 id="top">${title}</h1><p>${text}</p></main></body></html>`;
  const PAGES: Record<string, string> = {
    "index.html": page("en-US", "Riverside", "The Riverside alliance meets at the library."),
    "alliances/peoria/index.html": page("en-US", "Peoria", "Peoria's alliance of congregations and veterans."),
    "handbook/start/index.html": page("en-US", "Start here", "How to found an alliance."),
    "es/index.html": page("es", "Ribera", "La alianza de Ribera se reúne en la biblioteca."),
    "es/alliances/peoria/index.html": page("es", "Peoria", "La alianza de Peoria, de congregaciones y veteranos."),
  };
  const entryOf = (site: string) => JSON.parse(readFileSync(path.join(site, "pagefind", "pagefind-entry.json"), "utf8")) as { version: string; languages: Record<string, { hash: string; page_count: number }> };
  const pageCounts = (entry: ReturnType<typeof entryOf>) => Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
  const files = (site: string, folder: string) => readdirSync(path.join(site, "pagefind", folder)).sort();

  it("groups pages by their language, and pages without one with the language of most pages, as Pagefind does", () => {
    assert.deepEqual(
      byLanguage([
        { path: "a.html", language: "en-us" },
        { path: "b.html", language: "es" },
        { path: "c.html", language: "en-us" },
        { path: "d.html", language: undefined },
      ]),
      { "en-us": ["a.html", "c.html", "d.html"], es: ["b.html"] },
    );
    assert.deepEqual(byLanguage([{ path: "d.html", language: undefined }]), { unknown: ["d.html"] });
  });

  it("writes the same pages, and an entry naming every language, as Pagefind reading them all together", async () => {
    const site = mkdtempSync(path.join(tmpdir(), "search-languages-"));
    try {
      for (const [file, html] of Object.entries(PAGES)) {
        write(site, file, html);
      }
      const kits = [MANIFEST.kits[0]!, { ...MANIFEST.kits[0]!, id: "es-founder-kit", file: "es/kits/founder-kit.pdf", url: "/es/kits/founder-kit.pdf", title: "Kit del fundador", text: "Estimado amigo: estamos fundando una alianza local." }];
      writeManifest(site, { kits });
      for (const kit of kits) {
        write(site, kit.file, "%PDF-1.7");
      }

      // Pagefind itself over the whole folder, with the kits' records, in one index.
      const { index } = await pagefind.createIndex({});
      await index!.addDirectory({ path: site });
      for (const kit of kits) await index!.addCustomRecord(kitRecord(kit, kit.url.startsWith("/es/") ? "es" : "en-us"));
      await index!.writeFiles({ outputPath: path.join(site, "pagefind") });
      await index!.deleteIndex();
      const togetherEntry = entryOf(site);
      const togetherFragments = files(site, "fragment");

      const searchable = byLanguage(Object.keys(PAGES).sort().map((file) => ({ path: file, language: pageLanguage(PAGES[file]!) })));
      assert.deepEqual(searchablePagesIn(site), searchable, "the folder read for its searchable pages");
      const apart = await indexSite(site, searchable);
      const apartEntry = entryOf(site);

      assert.deepEqual([apart.pages, apart.kits], [5, 2]);
      assert.equal(apartEntry.version, togetherEntry.version);
      assert.deepEqual(pageCounts(apartEntry), pageCounts(togetherEntry));
      assert.deepEqual(pageCounts(apartEntry), { "en-us": 4, es: 3 }, "each language's pages and its kit");
      // Fragments are named by their content (address, text, filters, anchors): the same names are the same records.
      assert.deepEqual(files(site, "fragment"), togetherFragments);
      for (const [language, { hash }] of Object.entries(apartEntry.languages)) {
        assert.ok(readdirSync(path.join(site, "pagefind")).includes(`pagefind.${hash}.pf_meta`), `${language}'s index is in the bundle`);
        assert.ok(readdirSync(path.join(site, "pagefind")).includes(`wasm.${language}.pagefind`), `${language}'s stemmer is in the bundle`);
      }
    } finally {
      await pagefind.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe("finding the searchable pages in a folder", () => {
  it("lists the pages with a search body by language, not the others nor Pagefind's own files", () => {
    const site = mkdtempSync(path.join(tmpdir(), "search-find-"));
    try {
      write(site, "index.html", '<html lang="en-US"><body><main data-pagefind-body>Home</main></body></html>');
      write(site, "es/index.html", '<html lang="es"><body><main data-pagefind-body>Inicio</main></body></html>');
      write(site, "alliances/peoria/card/index.html", '<html lang="en-US"><body><p>A card</p></body></html>');
      write(site, "pagefind/playground/index.html", '<html lang="en"><body><main data-pagefind-body>Playground</main></body></html>');
      write(site, "alliances/peoria/events.ics", "BEGIN:VCALENDAR");
      assert.deepEqual(searchablePagesIn(site), { "en-us": ["index.html"], es: ["es/index.html"] });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("lists every page when none has a search body, as Pagefind then indexes every <body>", () => {
    const site = mkdtempSync(path.join(tmpdir(), "search-find-"));
    try {
      write(site, "b/index.html", '<html lang="fr"><body>B</body></html>');
      write(site, "a/index.html", "<html><body>A</body></html>");
      assert.deepEqual(searchablePagesIn(site), { fr: ["b/index.html", "a/index.html"] });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
