// A kit's hash covers everything that shapes its PDF, and nothing else.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cssReferences, kitHash, localPath, pageReferences, type KitInputs } from "../../src/kits/hash.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

const base: KitInputs = {
  html: "<html><body><h1>Springfield</h1></body></html>",
  files: [
    { path: "/assets/css/kit.css", bytes: bytes("body { color: black }") },
    { path: "/assets/fonts/a.woff2", bytes: bytes("font") },
  ],
  paper: "letter",
  metadata: { title: "Springfield: recruitment packet" },
  settings: { version: 1 },
};

describe("kit hash", () => {
  it("is the same for the same inputs, whatever the order of the files", () => {
    assert.match(kitHash(base), /^[0-9a-f]{64}$/);
    assert.equal(kitHash(base), kitHash({ ...base, files: [...base.files].reverse() }));
  });

  it("changes when anything that shapes the PDF changes", () => {
    const variants: [string, KitInputs][] = [
      ["html", { ...base, html: base.html.replace("Springfield", "Peoria") }],
      ["a stylesheet", { ...base, files: [{ path: "/assets/css/kit.css", bytes: bytes("body { color: red }") }, base.files[1]!] }],
      ["a font goes missing", { ...base, files: [base.files[0]!, { path: "/assets/fonts/a.woff2", bytes: undefined }] }],
      ["a new file", { ...base, files: [...base.files, { path: "/assets/img/logo.svg", bytes: bytes("<svg/>") }] }],
      ["a file renamed", { ...base, files: [base.files[0]!, { path: "/assets/fonts/b.woff2", bytes: bytes("font") }] }],
      ["paper", { ...base, paper: "a4" }],
      ["metadata", { ...base, metadata: { title: "Other" } }],
      ["printer settings", { ...base, settings: { version: 2 } }],
    ];
    const hashes = new Set([kitHash(base)]);
    for (const [what, inputs] of variants) {
      const hash = kitHash(inputs);
      assert.ok(!hashes.has(hash), `${what} changes the hash`);
      hashes.add(hash);
    }
  });

  it("does not let parts run together (html + file vs. a longer html)", () => {
    const a = kitHash({ ...base, html: "ab", files: [] });
    const b = kitHash({ ...base, html: "a", files: [{ path: "b", bytes: undefined }] });
    assert.notEqual(a, b);
  });
});

describe("what a print page loads", () => {
  it("finds stylesheets, scripts, images and CSS urls, but not links", () => {
    const html = `
      <link rel="stylesheet" href="/assets/css/kit.css">
      <link rel=icon href='/favicon.svg'>
      <script src="/assets/js/a.js?v=1&amp;x=2"></script>
      <img src="logo.png" srcset="logo-2x.png 2x, /img/logo-3x.png 3x" alt="">
      <a href="/alliances/">not loaded</a>
      <div style="background: url('/img/bg.png')"></div>
      <style>@font-face { src: url(/fonts/x.woff2) }</style>`;
    assert.deepEqual(pageReferences(html), [
      "/assets/css/kit.css",
      "/favicon.svg",
      "/assets/js/a.js?v=1&x=2",
      "logo.png",
      "logo-2x.png",
      "/img/logo-3x.png",
      "/img/bg.png",
      "/fonts/x.woff2",
    ]);
  });

  it("finds fonts, images and imports in a stylesheet", () => {
    const css = `@import "base.css"; @font-face { src: url("../fonts/a.woff2") format("woff2"), url(b.woff) } .x { background: url( 'c.png' ) }`;
    assert.deepEqual(cssReferences(css), ["../fonts/a.woff2", "b.woff", "c.png", "base.css"]);
  });

  it("resolves references to the site's own paths and leaves other origins out", () => {
    const cases: [string, string, string | undefined][] = [
      ["/assets/css/kit.css", "/kits/print/handbook/", "/assets/css/kit.css"],
      ["logo.png", "/kits/print/handbook/", "/kits/print/handbook/logo.png"],
      ["../fonts/a.woff2", "/assets/css/kit.css", "/assets/fonts/a.woff2"],
      ["/a.js?v=1#x", "/", "/a.js"],
      ["/my%20file.css", "/", "/my file.css"],
      ["https://cdn.example.com/a.css", "/", undefined],
      ["//cdn.example.com/a.css", "/", undefined],
      ["data:image/png;base64,AAAA", "/", undefined],
      ["#top", "/", undefined],
    ];
    for (const [reference, base, expected] of cases) assert.equal(localPath(reference, base), expected, reference);
  });
});
