// The search page's state in its URL, and the words of a typed question.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FILTERS, hasFilters, readSearchState, sameFilters, searchQuery, searchWords } from "../../assets/js/search-query.js";

describe("search URL", () => {
  it("reads the term and the known filters, several values each", () => {
    assert.deepEqual(readSearchState("?q=+city+council+&state=Illinois&state=Iowa&type=Alliance&utm_source=mail"), {
      term: "city council",
      filters: { type: ["Alliance"], state: ["Illinois", "Iowa"] },
    });
    assert.deepEqual(readSearchState(""), { term: "", filters: {} });
  });

  it("keeps values exactly, spaces and commas included", () => {
    const state = { term: "first meeting", filters: { state: ["District of Columbia", "New York"], scope: ["Statewide"] } };
    const query = searchQuery(state);
    assert.equal(query, "?q=first+meeting&state=District+of+Columbia&state=New+York&scope=Statewide");
    assert.deepEqual(readSearchState(query), state);
  });

  it("gives one search one URL: q first, then the filters in a fixed order, values sorted", () => {
    assert.equal(
      searchQuery({ term: "x", filters: { status: ["Forming", "Active"], type: ["Alliance"] } }),
      "?q=x&type=Alliance&status=Active&status=Forming",
    );
    assert.equal(searchQuery({ term: "  ", filters: { state: [] } }), "");
    assert.deepEqual(FILTERS, ["type", "state", "scope", "status"]);
  });

  it("tells whether a filter is chosen, and whether two choices are the same", () => {
    assert.equal(hasFilters({}), false);
    assert.equal(hasFilters({ state: [] }), false);
    assert.equal(hasFilters({ state: ["Illinois"] }), true);
    assert.equal(sameFilters({ state: ["Iowa", "Illinois"] }, { state: ["Illinois", "Iowa"], type: [] }), true);
    assert.equal(sameFilters({ state: ["Iowa"] }, { state: ["Iowa"], type: ["Alliance"] }), false);
  });
});

describe("search words", () => {
  const cases: [string, string][] = [
    ["how do I run the first meeting?", "run first meeting"],
    ["What is the ICC?", "ICC"],
    ["Who do I call for help", "call for help"],
    ["where can we find members?", "find members"],
    // Not a question: names keep every word.
    ["The Hague", "The Hague"],
    ["Alliance for Peace, Justice and the ICC", "Alliance for Peace, Justice and the ICC"],
    ["  Evanston ", "Evanston"],
    // A question of question words alone is searched as typed.
    ["how do I?", "how do I?"],
    ["", ""],
  ];
  for (const [typed, searched] of cases) {
    it(`searches ${JSON.stringify(typed)} as ${JSON.stringify(searched)}`, () => {
      assert.equal(searchWords(typed), searched);
    });
  }
});
