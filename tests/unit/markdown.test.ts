// Markdown rendering: the handbook's callouts and anchors, and alliance stories that can never run code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { load } from "cheerio";
import { createHandbookMarkdown, createStoryMarkdown } from "../../src/markdown/create.ts";
import { makeI18n } from "../../src/i18n/i18n.ts";
import { loadStrings } from "../../src/i18n/load-strings.ts";
import { projectPaths } from "../../src/project.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

describe("handbook markdown", () => {
  const md = createHandbookMarkdown();

  it("gives headings ids and permalinks", () => {
    const $ = load(md.render("## Before the meeting\n\n### Model agenda"));
    assert.equal($("h2").attr("id"), "before-the-meeting");
    assert.equal($("h2 a.heading-link").attr("href"), "#before-the-meeting");
    assert.equal($("h3").attr("id"), "model-agenda");
  });

  it("renders callouts as labelled notes", () => {
    const $ = load(md.render("::: tip Invite the secretariat early\nWrite **soon**.\n:::\n\n::: checklist\n- one\n:::"));
    const tip = $(".callout--tip");
    assert.equal(tip.attr("role"), "note");
    assert.equal(tip.attr("aria-label"), "Tip: Invite the secretariat early");
    assert.equal(tip.find(".callout__title").text(), "Tip: Invite the secretariat early");
    assert.equal(tip.find("strong").text(), "soon");
    assert.equal($(".callout--checklist li").text(), "one");
  });

  it("labels a callout in the page's language (the page's data is markdown-it's env)", () => {
    const i18n = makeI18n(loadStrings(projectPaths(repoRoot), ["en", "es"]).catalog!);
    const $ = load(md.render("::: tip Pida ayuda concreta\nUna tarea.\n:::\n\n::: warning\nCuidado.\n:::", { lang: "es", i18n }));
    assert.equal($(".callout--tip").attr("aria-label"), "Consejo: Pida ayuda concreta");
    assert.equal($(".callout--warning .callout__title").text(), "Advertencia");
    assert.equal(load(md.render("::: tip Ask\nx\n:::", { lang: "en", i18n }))(".callout__title").text(), "Tip: Ask");
  });

  it("uses typographic quotes", () => {
    assert.match(md.render('"Quoted" -- text'), /“Quoted” – text/);
  });
});

describe("story markdown", () => {
  const md = createStoryMarkdown();

  it("shows raw HTML as text", () => {
    const html = md.render('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    const $ = load(html);
    assert.equal($("script").length, 0);
    assert.equal($("img").length, 0);
    assert.match($("p").text(), /<script>alert\(1\)<\/script>/);
  });

  it("does not link javascript: or data: URLs", () => {
    const $ = load(md.render("[click](javascript:alert(1)) [data](data:text/html,hi) [ok](https://example.org) [mail](mailto:a@example.org)"));
    assert.deepEqual($("a").map((_, a) => $(a).attr("href")).get(), ["https://example.org", "mailto:a@example.org"]);
    assert.equal($("a").first().attr("rel"), "ugc nofollow");
  });

  it("loads no images, from anywhere", () => {
    assert.equal(load(md.render("![map](https://tracker.example.net/pixel.png)"))("img").length, 0);
  });

  it("starts story headings at h3, below the page's own h2", () => {
    const $ = load(md.render("# Our start\n\n## Today"));
    assert.equal($("h3").text(), "Our start");
    assert.equal($("h4").text(), "Today");
    assert.equal($("h1, h2").length, 0);
  });
});
