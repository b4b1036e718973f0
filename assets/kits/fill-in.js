// The fill-in page (/kits/fill-in/): writes the form's values into the founder kit's blanks
// (`[data-fill=<field>]`, in the pieces and in the templates, whose "[your phone]"-style
// placeholders are tied to the same fields by src/kits/template-blanks.ts) as you type, then
// prints. Nothing is sent anywhere.
const form = document.querySelector("form.fill-in");

function fillBlanks() {
  const values = new FormData(form);
  for (const blank of document.querySelectorAll("[data-fill]")) {
    const value = String(values.get(blank.dataset.fill) ?? "").trim();
    blank.querySelector(".blank__value").textContent = value;
    blank.classList.toggle("blank--filled", value !== "");
  }
}

form.addEventListener("input", fillBlanks);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  fillBlanks();
  window.print();
});
fillBlanks();
