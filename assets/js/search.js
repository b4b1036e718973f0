// /search/: Pagefind's Component UI, served from this site's /pagefind/, with the query and the
// chosen filters kept in the URL: a search can be shared, and the back button undoes a filter.
import { searchForWords } from "./search-engine-words.js";
import { FILTERS, hasFilters, readSearchState, sameFilters, searchQuery, searchWords } from "./search-query.js";

const root = document.querySelector("[data-search]");
const components = window.PagefindComponents;
if (root && components) {
  root.hidden = false;
  const instance = components.configureInstance("default", {
    excerptLength: 24,
    // A page whose title holds the words (an alliance's name, a chapter's title) comes first, and
    // an alliance comes first for its city, even where the city shares its state's name.
    ranking: { metaWeights: { title: 10, city: 20 } },
  });
  // The engine gets the words that matter in a question; the box, the URL and the summary keep
  // what was typed (without this, a question still searches, word for word).
  searchForWords(instance, searchWords);

  // The filter pane lists its groups alphabetically; the type of page comes first here, as in the URL.
  // It names each group by its filter's key ("Type"): the page gives the names in its language, while
  // the keys, and so the URL, are the same in every language.
  const pane = root.querySelector("pagefind-filter-pane");
  const names = JSON.parse(pane.dataset.filterNames ?? "{}");
  new MutationObserver(() => {
    const groups = [...pane.querySelectorAll(".pf-filter-group[data-filter-name]")];
    for (const group of groups) {
      const label = group.querySelector(".pf-filter-group-name");
      const name = names[group.dataset.filterName];
      if (label && name && label.textContent !== name) label.textContent = name;
    }
    const rank = (group) => FILTERS.indexOf(group.dataset.filterName);
    const ordered = [...groups].sort((a, b) => rank(a) - rank(b));
    if (ordered.some((group, i) => group !== groups[i])) ordered.forEach((group) => group.parentElement.append(group));
  }).observe(pane, { childList: true, subtree: true });

  const box = root.querySelector("pagefind-input input");
  let shown = readSearchState(location.search);
  let restoring = false;
  const show = (state) => {
    // The box takes a restored term only when it is not being typed in.
    const typing = document.activeElement === box;
    if (typing) box.blur();
    restoring = true;
    instance.triggerSearchWithFilters(state.term, state.filters);
    restoring = false;
    if (typing) box.focus();
  };

  instance.on("search", (term, filters) => {
    // With a filter chosen and no term, list everything that matches it; with neither, list nothing.
    instance.faceted = hasFilters(filters);
    const query = searchQuery({ term, filters });
    if (!restoring && query !== location.search) {
      // A new filter is a step that back can undo; each keystroke of a term refines the same step.
      const step = sameFilters(shown.filters, filters) ? "replaceState" : "pushState";
      history[step](null, "", `${location.pathname}${query}`);
    }
    // A copy: the instance changes its filters object in place.
    shown = readSearchState(query);
  });
  addEventListener("popstate", () => show(readSearchState(location.search)));

  // Groups open on arrival: the type, and those a shared search has filtered by.
  pane.setAttribute("open", [...new Set(["type", ...Object.keys(shown.filters)])].join(","));
  if (!shown.term) box?.focus();
  // Restored once loaded: a faceted instance that loads before its first search clears the term.
  instance.triggerLoad().then(() => {
    if (shown.term || hasFilters(shown.filters)) show(shown);
  });
}
