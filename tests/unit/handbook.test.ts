// Reading aids of the handbook: table of contents, reading time, neighbours, the one-page edition.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inlineChapter, readingMinutes, tableOfContents, wordCount } from "../../src/handbook/contents.ts";
import { neighbours, sortChapters } from "../../src/handbook/navigation.ts";

const chapter = (url: string, order: number) => ({ url, data: { title: `Chapter ${order}`, order } });

describe("handbook contents", () => {
  it("lists h2 and h3 headings with their ids and text", () => {
    const html = '<h2 id="a"><a class="heading-link" href="#a">First &amp; foremost</a></h2><p>x</p><h3 id="b">Sub</h3><h4 id="c">Deep</h4>';
    assert.deepEqual(tableOfContents(html), [
      { level: 2, id: "a", text: "First &amp; foremost" },
      { level: 3, id: "b", text: "Sub" },
    ]);
  });

  it("counts words and rounds reading time, at least one minute", () => {
    assert.equal(wordCount("<p>One two <strong>three</strong></p>"), 3);
    assert.equal(readingMinutes("<p>word</p>"), 1);
    assert.equal(readingMinutes(`<p>${"word ".repeat(1150)}</p>`), 5);
  });

  it("orders chapters and finds previous and next", () => {
    const sorted = sortChapters([chapter("/c/", 3), chapter("/a/", 1), chapter("/b/", 2)]);
    assert.deepEqual(sorted.map((c) => c.url), ["/a/", "/b/", "/c/"]);
    assert.deepEqual(neighbours(sorted, "/a/"), { next: { url: "/b/", title: "Chapter 2" } });
    assert.deepEqual(neighbours(sorted, "/b/"), { prev: { url: "/a/", title: "Chapter 1" }, next: { url: "/c/", title: "Chapter 3" } });
    assert.deepEqual(neighbours(sorted, "/c/"), { prev: { url: "/b/", title: "Chapter 2" } });
  });

  it("makes ids unique and links internal on the one-page edition", () => {
    const html = '<h2 id="roles"><a href="#roles">Roles</a></h2><p><a href="/handbook/faq/">FAQ</a> <a href="/handbook/faq/#terms">terms</a> <a href="/handbook/unknown/">x</a></p>';
    const out = inlineChapter(html, "meeting", new Set(["meeting", "faq"]));
    assert.match(out, /<h3 id="meeting--roles"><a href="#meeting--roles">Roles<\/a><\/h3>/);
    assert.match(out, /href="#faq"/);
    assert.match(out, /href="#faq--terms"/);
    assert.match(out, /href="\/handbook\/unknown\/"/);
  });
});
