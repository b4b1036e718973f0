// The link-preview print page: fills in one entry of the previews' plan and shrinks the text until
// it fits the card, so a long name is shown whole rather than cut. The kits stage calls
// fillPreview(entry) directly; a person can open the page with ?id=<id>.
(() => {
  const LARGEST = 72;
  const SMALLEST = 24;

  const overflows = (box) => box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth;

  window.fillPreview = (entry) => {
    // The words are in the entry's language: hyphenation and fonts follow it.
    document.documentElement.lang = entry.lang;
    for (const field of ["site", "title", "place", "status"]) {
      const element = document.querySelector(`[data-preview="${field}"]`);
      element.textContent = entry[field];
      element.hidden = !entry[field];
    }
    const card = document.querySelector(".preview");
    const box = document.querySelector("[data-preview-box]");
    let size = LARGEST;
    card.style.setProperty("--size", `${size}px`);
    while (overflows(box) && size > SMALLEST) {
      size -= 2;
      card.style.setProperty("--size", `${size}px`);
    }
    document.body.dataset.ready = entry.id;
    return { fits: !overflows(box), size };
  };

  const id = new URLSearchParams(location.search).get("id");
  if (id) {
    fetch(document.body.dataset.previewPlan)
      .then((response) => response.json())
      .then((plan) => {
        const entry = plan.previews.find((candidate) => candidate.id === id);
        if (entry) window.fillPreview(entry);
      });
  }
})();
