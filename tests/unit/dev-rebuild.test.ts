/** What `npm start` renders after an alliance edit: the changed alliances' and states' pages, and which files go. */
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Alliance } from "../../src/alliances/load.ts";
import { repoRoot } from "../../src/bench/sites.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { changedPages, goneFiles, onlyPages } from "../../src/serve/dev-rebuild.ts";
import { siteModel } from "../../src/site/model.ts";
import { loadedAlliance } from "../helpers/alliance-model.ts";

const { data } = loadData(projectPaths(repoRoot), {});
const env = { BUILD_DATE: "2026-11-26" };
const modelOf = (alliances: Alliance[]) => siteModel({ data, alliances, problems: [], counts: { chapters: 0, news: 0, alliances: alliances.length } }, env);

describe("npm start's partial rebuilds", () => {
  // Unchanged files keep their parse result (the same object); an edited file gets a new one.
  const kept = loadedAlliance({ slug: "kept", state: ["IL"] });
  const moved = loadedAlliance({ slug: "moved", state: ["IL"] });
  const gone = loadedAlliance({ slug: "gone", state: ["OH"] });
  const before = modelOf([kept, moved, gone]);
  const added = loadedAlliance({ slug: "added", state: ["TX"] });
  const after = modelOf([kept, { ...moved, state: ["WI"], city: "Madison" }, added]);
  const selection = changedPages(before, after);

  it("selects the edited, new and deleted alliances, and every state they were or are in", () => {
    assert.deepEqual([...selection.slugs].sort(), ["added", "gone", "moved"]);
    assert.deepEqual([...selection.states].sort(), ["IL", "OH", "TX", "WI"]);
  });

  it("pages only the selected alliances and states, in every language, while the listings keep every alliance", () => {
    const partial = onlyPages(after, selection);
    const languages = data!.i18n.languages;
    assert.deepEqual(partial.localizedPages.alliances.map(({ lang, alliance }) => `${lang} ${alliance.slug}`).sort(), languages.flatMap((lang) => [`${lang} added`, `${lang} moved`]).sort());
    assert.deepEqual(partial.localizedPages.cards.map(({ lang, alliance }) => `${lang} ${alliance.slug}`).sort(), languages.flatMap((lang) => [`${lang} added`, `${lang} moved`]).sort());
    // Every state has a page, with alliances or without: Ohio's now says it has none.
    assert.deepEqual(new Set(partial.localizedPages.states.map(({ state }) => state.code)), new Set(["IL", "OH", "TX", "WI"]));
    assert.deepEqual(partial.directory.alliances.map((alliance) => alliance.slug).sort(), ["added", "kept", "moved"]);
    assert.equal(partial.kitPlan, after.kitPlan);
  });

  it("deletes only the pages of alliances that are gone", () => {
    const output = path.join(path.sep, "site", "_site");
    const files = goneFiles(before, after, output).map((file) => path.relative(output, file).split(path.sep).join("/"));
    assert.ok(files.includes("alliances/gone/index.html"), files.join(", "));
    assert.ok(files.includes("alliances/gone/card/index.html"));
    assert.ok(files.includes("kits/print/alliances/gone/index.html"));
    if (data!.i18n.languages.includes("es")) assert.ok(files.includes("es/alliances/gone/index.html"));
    assert.ok(files.every((file) => file.includes("/gone/")), files.join(", "));
  });
});
