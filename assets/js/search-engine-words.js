// The one place the search page reaches inside Pagefind's Component UI. The engine should get only
// the words that matter in a question (search-query.js's searchWords), while the box, the URL and
// the summary keep what was typed. Pagefind 1.6.0 (pinned in package.json) offers no option for
// that: its Component UI sends every search, whichever control started it, through the instance's
// private `__search__(term, filters)`, so the words are chosen there.
// tests/unit/pagefind-component-ui.test.ts reads the pinned bundle and fails if that changes.

/** Makes `instance` search for `words(term)` instead of the typed term; false when it cannot. */
export function searchForWords(instance, words) {
  const search = instance.__search__;
  if (typeof search !== "function") return false;
  instance.__search__ = (term, filters) => search.call(instance, words(term ?? ""), filters);
  return true;
}
