// The benchmark's baseline: the same words as our site, in each of the site's languages, as plain
// Markdown pages for a bare Eleventy (one per alliance and per chapter, per language).
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { handbookChapters, makeBaseline } from "../../src/bench/sites.ts";

const dir = mkdtempSync(path.join(tmpdir(), "bench-baseline-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const ALLIANCES = [
  { slug: "north", name: "North Valley Alliance", plain: "# North Valley Alliance\n\nRiverside library, first Monday.\n" },
  { slug: "south", name: "South Shore Alliance", plain: "# South Shore Alliance\n\nHarbor hall, second Tuesday.\n" },
];
const LANGUAGES = [
  { code: "en", tag: "en-US" },
  { code: "es", tag: "es" },
];

describe("the bench's baseline", () => {
  const baseline = makeBaseline(dir, ALLIANCES, LANGUAGES);
  const english = handbookChapters();
  const spanish = handbookChapters("es");

  it("writes each alliance and each chapter once per language, the first language at the root", () => {
    assert.ok(english.length > 0 && spanish.length > 0);
    const list = (...folder: string[]) => readdirSync(path.join(baseline.input, ...folder)).sort();
    assert.deepEqual(list("alliances"), ["north.md", "south.md"]);
    assert.deepEqual(list("es", "alliances"), ["north.md", "south.md"]);
    assert.equal(list("handbook").length, english.length);
    assert.equal(list("es", "handbook").length, spanish.length);
    assert.equal(baseline.pages, 2 * ALLIANCES.length + english.length + spanish.length);
  });

  it("gives the Spanish pages the Spanish chapters' words and the language's tag", () => {
    const [chapter] = spanish;
    const page = readFileSync(path.join(baseline.input, "es", "handbook", `${chapter!.slug}.md`), "utf8");
    assert.match(page, /<html lang="es">/);
    assert.ok(page.includes(chapter!.title));
    assert.ok(page.includes(chapter!.body.trim().split("\n")[0]!));
    assert.match(readFileSync(path.join(baseline.input, "alliances", "north.md"), "utf8"), /<html lang="en-US">[\s\S]*Riverside library/);
    assert.match(readFileSync(path.join(baseline.input, "es", "alliances", "north.md"), "utf8"), /<html lang="es">[\s\S]*Riverside library/);
  });
});
