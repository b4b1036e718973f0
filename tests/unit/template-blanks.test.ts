// Template placeholders as the founder kit prints them: ruled blanks, tied to the fill-in page's
// fields where it has one, and never inside a tag or an attribute.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { load } from "cheerio";
import { fillHtml, printBlanks } from "../../src/kits/template-blanks.ts";

describe("printBlanks", () => {
  it("turns each placeholder into a blank with its caption, tied to a fill-in field when there is one", () => {
    const $ = load(printBlanks("<p>Call [your phone] or write to [Name of the alliance] about [board meeting date].</p>"));
    const blanks = $(".blank");
    assert.equal(blanks.length, 3);
    assert.deepEqual(blanks.map((_, blank) => $(blank).find(".blank__caption").text()).get(), ["your phone", "Name of the alliance", "board meeting date"]);
    assert.deepEqual(blanks.map((_, blank) => $(blank).attr("data-fill") ?? "").get(), ["phone", "name", ""]);
    assert.equal($("p").text().includes("["), false);
  });

  it("leaves tags and attributes alone, and keeps escaped text escaped", () => {
    const html = '<a href="/x?a=[1]" title="[your name]">[your name] &amp; [A &lt;b&gt;]</a>';
    const $ = load(printBlanks(html));
    assert.equal($("a").attr("href"), "/x?a=[1]");
    assert.equal($("a").attr("title"), "[your name]");
    assert.equal($("a b").length, 0, "escaped markup in a caption stays text");
    assert.deepEqual($(".blank__caption").map((_, caption) => $(caption).text()).get(), ["your name", "A <b>"]);
  });
});

describe("fillHtml ({% fill %} on the print pages)", () => {
  it("prints the value as text when there is one", () => {
    const $ = load(`<dd>${fillHtml('Friends <b>of</b> "the" Court', "Host organization", "medium", "host")}</dd>`);
    assert.equal($("dd").text(), 'Friends <b>of</b> "the" Court');
    assert.equal($("dd b, dd .blank").length, 0);
  });

  it("prints a ruled blank with its caption, size and fill-in field when there is none", () => {
    for (const missing of [undefined, null, ""]) {
      const $ = load(`<p>${fillHtml(missing, "Day & date <1>", "wide", "date")}</p>`);
      const blank = $("p > .blank");
      assert.equal(blank.attr("class"), "blank blank--wide");
      assert.equal(blank.attr("data-fill"), "date");
      assert.equal(blank.find(".blank__caption").text(), "Day & date <1>");
      assert.equal(blank.find(".blank__value").text(), "");
    }
  });

  it("makes a medium blank tied to no field by default", () => {
    const $ = load(`<p>${fillHtml(undefined, "Leader")}</p>`);
    assert.equal($(".blank").attr("class"), "blank blank--medium");
    assert.equal($(".blank").attr("data-fill"), undefined);
  });
});
