// The search page's pure logic, shared by the browser script and the unit tests: the search's
// state in the URL (`/search/?q=city+council&type=Alliance&state=Illinois`), and the words of a
// typed question worth searching for.

/** The filters a search URL may carry besides `q` (the `data-pagefind-filter` names). */
export const FILTERS = ["type", "state", "scope", "status"];

/** The term and the chosen filters of a query string; unknown parameters are left out. */
export function readSearchState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTERS) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return { term: (params.get("q") ?? "").trim(), filters };
}

/** The query string of a state, `q` first and filters in a fixed order, so one search has one URL. */
export function searchQuery({ term, filters }) {
  const params = new URLSearchParams();
  if (term.trim()) params.set("q", term.trim());
  for (const name of FILTERS) {
    for (const value of [...(filters[name] ?? [])].sort()) params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function hasFilters(filters) {
  return Object.values(filters).some((values) => values.length > 0);
}

/** Whether two states choose the same filters, whatever their order. */
export function sameFilters(a, b) {
  return searchQuery({ term: "", filters: a }) === searchQuery({ term: "", filters: b });
}

// Pagefind finds the pages holding every word, and ranks a heading such as "How do I…?" by all of
// them; a question's own words ("how do I") say nothing about its answer.
const QUESTION_STARTS = new Set("how what when where which who why do does did can could should would will is are".split(" "));
const QUESTION_WORDS = new Set([
  ...QUESTION_STARTS,
  ..."whom whose shall must was were be i me my we us our you your a an the".split(" "),
]);
const bare = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");

/** The words worth searching for in what was typed: a question loses its question words, anything else is kept. */
export function searchWords(term) {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const question = term.trim().endsWith("?") || QUESTION_STARTS.has(bare(words[0] ?? ""));
  if (!question) return words.join(" ");
  const kept = words.filter((word) => !QUESTION_WORDS.has(bare(word))).map((word) => word.replace(/\?+$/, ""));
  return kept.some(Boolean) ? kept.filter(Boolean).join(" ") : term.trim();
}
