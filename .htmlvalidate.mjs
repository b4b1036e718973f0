// html-validate's configuration for every page the site publishes (tests/build/html-validity.test.ts
// validates one page of every kind; `npx html-validate _site/**/*.html` checks a whole build).
// A module rather than .htmlvalidate.json so that each change to the presets can say why.
/** @type {import("html-validate").ConfigData} */
export default {
  // recommended: validity and accessibility; document: rules for whole documents (heading levels,
  // labels, references, doctype), which every page here is.
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // Pure style: `<!doctype html>` is as valid as `<!DOCTYPE html>`.
    "doctype-style": "off",
    // Pure style: spaces at line ends come from templates and Markdown and change nothing rendered.
    "no-trailing-whitespace": "off",
    // Editorial advice, not markup: titles are founders' alliance names (up to 160 characters) and
    // handbook titles, which search engines shorten on their own.
    "long-title": "off",
    // Several <h1> are valid HTML; print pages hold several documents (each piece of a kit, each
    // chapter of the handbook PDF), each with its own <h1> for the PDF's bookmarks. Site pages
    // have exactly one, which tests/build/site.test.ts holds.
    "heading-level": ["error", { allowMultipleH1: true }],
    // Integrity hashes protect resources from other origins; the site loads none (CSP in base.njk).
    "require-sri": ["error", { target: "crossorigin" }],
    // Phone numbers keep their ASCII hyphens (people copy them) and never break: `.tel` is nowrap.
    "tel-non-breaking": ["error", { ignoreClasses: ["tel"] }],
  },
};
