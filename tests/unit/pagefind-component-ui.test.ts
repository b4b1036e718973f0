// The search page changes one private method of Pagefind's Component UI
// (assets/js/search-engine-words.js). This reads the Component UI the pinned Pagefind ships and
// fails when the shape that override relies on changes: upgrading Pagefind then means revisiting it.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as pagefind from "pagefind";
import { searchForWords } from "../../assets/js/search-engine-words.js";

let bundle = "";
const folder = mkdtempSync(path.join(tmpdir(), "pagefind-ui-"));

before(async () => {
  const { index } = await pagefind.createIndex({});
  assert.ok(index);
  await index.addHTMLFile({ url: "/", content: '<html lang="en"><body data-pagefind-body><h1>Chicago</h1></body></html>' });
  await index.writeFiles({ outputPath: folder });
  await pagefind.close();
  bundle = readFileSync(path.join(folder, "pagefind-component-ui.js"), "utf8");
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe("Pagefind's Component UI, as the search page relies on it", () => {
  it("is the pinned version", () => {
    const pinned = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).dependencies.pagefind;
    assert.equal(pinned, "1.6.0");
  });

  it("has one private __search__(term, filters), which hands the term to the engine", () => {
    const methods = [...bundle.matchAll(/async __search__\((\w+),(\w+)\)\{(.*?)this\.__pagefind__\.search\((\w+),\{filters:(\w+)/gs)];
    assert.equal(methods.length, 1, "one async __search__(term, filters) that calls the engine");
    const [, term, filters, body, searched, passedFilters] = methods[0]!;
    assert.equal(passedFilters, filters);
    // The engine gets the method's term (or null for an empty one), not something else.
    assert.match(body!, new RegExp(`let ${searched}=${term}&&${term}\\.length\\?${term}:null`));
  });

  it("sends every search through __search__: the engine is called nowhere else", () => {
    assert.equal(bundle.match(/__pagefind__\.search\(/g)?.length, 1);
    for (const trigger of ["triggerSearch", "triggerSearchWithFilters", "triggerFilters", "triggerFilter"]) {
      assert.match(bundle, new RegExp(`${trigger}\\([\\w,]*\\)\\{[^}]*(?:\\}[^}]*)?this\\.__search__\\(`), `${trigger} searches through __search__`);
    }
  });

  it("the override searches for the chosen words and keeps the filters", async () => {
    const calls: unknown[][] = [];
    const instance = { __search__: async (...args: unknown[]) => void calls.push(args) };
    assert.equal(searchForWords(instance, (term: string) => term.toUpperCase()), true);
    await instance.__search__("where in chicago", { state: ["Illinois"] });
    assert.deepEqual(calls, [["WHERE IN CHICAGO", { state: ["Illinois"] }]]);
    assert.equal(searchForWords({}, (term: string) => term), false);
  });
});
