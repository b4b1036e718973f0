// /search/: Pagefind's Default UI, self-hosted, with the query and filters kept in the URL so a
// search can be shared and the back button works.
const root = document.querySelector("[data-search-ui]");
if (root && window.PagefindUI) {
  const params = new URLSearchParams(location.search);
  const ui = new window.PagefindUI({
    element: root,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: !params.get("q"),
    translations: { placeholder: "Search the handbook, alliances, news and kits" },
  });
  const query = params.get("q");
  if (query) ui.triggerSearch(query);
}
