/**
 * The names search is built on. The templates' `data-pagefind-*` attributes and the search page's
 * script (assets/js/search-url.js, which lists the filters) spell the same names; the search
 * tests hold them together.
 */

/**
 * The sort key of the pages whose order means something: the home and section pages ("000"),
 * chapters (their number, so a sorted Handbook search is the reading order) and news posts (their
 * date). Alliances, states and kits carry none: the search page never sorts, and a sort value on
 * each of 5,000 alliances adds ~13 KB to the page list every first search downloads.
 */
export const SORT_KEY = "order";

/** The values of the `type` filter, in the order the site presents its sections. */
export const TYPES = ["Handbook", "Alliance", "State", "News", "Kit"] as const;
