// What the handbook promises a founder, held in the built site and the printed kits: the coalition's
// contact from data/site.yaml wherever a founder is sent to the secretariat, a dated fact sheet,
// templates with blanks instead of invented phone numbers, and every template in the founder kit.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { allianceFile, makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";
import { readPdf, type PdfSummary } from "../helpers/pdf.ts";

// A coalition unlike the repository's, with markup in its name that must stay text.
const COALITION = {
  name: "Fixture Coalition for <b>Justice</b> & Peace",
  email: "desk@coalition.example.net",
  url: "https://coalition.example.net/help",
};
const siteYaml = readFileSync(path.join(repoRoot, "data", "site.yaml"), "utf8").replace(
  /^coalition:\n(?:  .*\n)+/m,
  `coalition:\n  name: "${COALITION.name}"\n  email: ${COALITION.email}\n  url: ${COALITION.url}\n`,
);
const repositoryCoalition = (parse(readFileSync(path.join(repoRoot, "data", "site.yaml"), "utf8")) as { coalition: { name: string } }).coalition.name;

/** North American numbers in the 555 exchange, as they are usually written. */
const FIVE_FIVE_FIVE = /(?:\(\d{3}\)\s?|\b\d{3}[-. ])?\b555[-. ]\d{4}\b/;

let site: string;
let founderKit: PdfSummary;
let handbookPdf: PdfSummary;
const text = (pdf: PdfSummary) => pdf.pages.join(" ");
const squeeze = (value: string) => value.replace(/\s+/g, " ").trim();

before(async () => {
  site = makeFixtureSite({ alliances: { springfield: allianceFile() }, files: { "data/site.yaml": siteYaml } });
  const result = runScript(site, "build.ts", [], { SITE_URL: "https://example.org" });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  founderKit = await readPdf(path.join(site, "_site", "kits", "founder-kit.pdf"));
  handbookPdf = await readPdf(path.join(site, "_site", "kits", "handbook.pdf"));
});
after(() => removeFixture(site));

describe("the coalition's contact", () => {
  it("is the fixture's own in the chapter on the secretariat, as text and safe links", () => {
    assert.notEqual(repositoryCoalition, COALITION.name, "the fixture changes the coalition");
    const $ = readPage(site, "/handbook/secretariat-help/");
    const contact = $("article .coalition-contact").first();
    assert.equal(contact.length, 1, "the chapter shows the contact block");
    assert.ok(squeeze(contact.text()).includes(COALITION.name), squeeze(contact.text()));
    assert.equal(contact.find("b").length, 0, "markup in the name is shown as text");
    assert.equal(contact.find(`a[href="mailto:${COALITION.email}"]`).text(), COALITION.email);
    assert.equal(contact.find(`a[href="${COALITION.url}"]`).text(), COALITION.url);
    assert.ok(contact.find(".coalition-contact__fallback").text().trim().length > 0, "it says where to turn when no one answers");
    assert.ok(!$("article").text().includes(repositoryCoalition), "the repository's coalition is gone");
  });

  it("is printed in the founder kit and in the handbook PDF", () => {
    for (const [kit, pdf] of [["founder kit", founderKit], ["handbook PDF", handbookPdf]] as const) {
      for (const expected of [COALITION.name, COALITION.email, COALITION.url]) {
        assert.ok(text(pdf).includes(expected), `the ${kit} prints ${expected}`);
      }
      assert.ok(!text(pdf).includes(repositoryCoalition), `the ${kit} no longer prints the repository's coalition`);
    }
    const letter = founderKit.pages.find((page) => page.includes("An invitation to join")) ?? "";
    assert.ok(letter.includes(COALITION.email), "the cover letter prints the coalition's email");
  });
});

describe("the fact sheet", () => {
  it("prints every fact with its as-of date and asks readers to check current figures on the Court's site", () => {
    const facts = parse(readFileSync(path.join(site, "data", "icc-facts.yaml"), "utf8")) as { label: string; as_of: string | number }[];
    const sheet = founderKit.pages.find((page) => /fact sheet the icc in brief/i.test(page)) ?? "";
    assert.ok(sheet.length > 0, "the founder kit has the fact sheet");
    for (const fact of facts) {
      assert.ok(sheet.includes(`as of ${fact.as_of}`), `"${fact.label}" is dated as of ${fact.as_of}`);
    }
    assert.ok(sheet.includes("https://www.icc-cpi.int/"), "the sheet points to the Court's website");
  });
});

describe("the templates", () => {
  const chapterText = (slug: string) => squeeze(readPage(site, `/handbook/${slug}/`)("article").text());

  it("no chapter of the handbook, and no page of the founder kit, has a 555 number", () => {
    const slugs = readdirSync(path.join(site, "content", "handbook")).filter((file) => file.endsWith(".md")).map((file) => file.slice(0, -3));
    assert.ok(slugs.includes("templates"));
    for (const slug of slugs) assert.doesNotMatch(chapterText(slug), FIVE_FIVE_FIVE, `/handbook/${slug}/`);
    assert.doesNotMatch(text(founderKit), FIVE_FIVE_FIVE);
    assert.ok(chapterText("templates").includes("[your phone]"), "templates leave a blank for the phone number");
  });

  it("every template in the handbook is in the founder kit's text, its placeholders printed as blanks", () => {
    const $ = readPage(site, "/handbook/templates/");
    const headings = $("article h2").map((_, heading) => squeeze($(heading).text())).get();
    assert.ok(headings.length >= 15, `${headings.length} templates`);
    const kit = squeeze(text(founderKit));
    for (const heading of headings) assert.ok(kit.includes(heading), `the founder kit has "${heading}"`);

    const print = readPage(site, "/kits/print/founder-kit/");
    const templates = print(".kit-piece--templates");
    assert.equal(templates.length, 1);
    assert.ok(!templates.text().includes("[your phone]"), "no placeholder is left in brackets");
    const phoneBlank = templates.find('.blank[data-fill="phone"]').first();
    assert.equal(phoneBlank.find(".blank__caption").text(), "your phone");
    for (const field of ["name", "contact", "email", "phone"]) {
      assert.ok(templates.find(`.blank[data-fill="${field}"]`).length > 0, `a template blank is tied to the fill-in field ${field}`);
    }
    const fillIn = readPage(site, "/kits/fill-in/");
    for (const field of new Set(templates.find(".blank[data-fill]").map((_, blank) => print(blank).attr("data-fill")).get())) {
      assert.equal(fillIn(`form.fill-in [name="${field}"]`).length, 1, `the fill-in page has a field for ${field}`);
    }
  });
});
