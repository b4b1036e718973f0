/**
 * The names search is built on. The templates' `data-pagefind-*` attributes and the search page's
 * script (assets/js/search-url.js, which lists the filters) spell the same names; the search
 * tests hold them together.
 */

/**
 * The one sort key every record carries, so a sorted search never drops a page. Every page has it:
 * layouts/base.njk gives the page's title on the header, and a template may give a better one
 * (a chapter's number, a post's date) inside the content, which comes later and wins: Pagefind
 * keeps the last it reads. Kits get their title.
 */
export const SORT_KEY = "order";

/** The values of the `type` filter, in the order the site presents its sections. */
export const TYPES = ["Handbook", "Alliance", "State", "News", "Kit"] as const;
