// The site in Spanish, on a fixture site of its own: a Spanish alliance (languages: [es]), a
// bilingual one, a small Spanish chapter and an English chapter left untranslated. Every kind of
// page exists under /es/ in Spanish, with lang="es", hreflang pairs that answer each other and a
// language switch; the packets are printed in each alliance's languages (the Spanish one with
// Spanish titles, dates and a QR code to the Spanish page); Spanish pages pass axe; the Spanish
// search finds a chapter by a Spanish word and an alliance by its name, and names its filters and
// their values in Spanish; states have their Spanish names, event times read "7:00 p.m.", and the
// register page is in Spanish.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import jsQRModule from "jsqr";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { PNG } from "pngjs";
import type { Page } from "playwright-core";
import { loadData, type SiteData } from "../../src/data/load-data.ts";
import { translate } from "../../src/i18n/translate.ts";
import { projectPaths } from "../../src/project.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";
import { readPdf } from "../helpers/pdf.ts";

// jsqr is CommonJS typed as an ES module: under NodeNext its function is the default's `default`.
const jsQR = jsQRModule.default;

const SITE_URL = "https://example.org";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const PONCE = "Alianza de Ponce por la Corte Penal Internacional";
const CHAPTER_WORD = "mancomunidad";

const SPANISH_CHAPTER = `---
title: Qué es una alianza
summary: Una coalición local de organizaciones que trabajan juntas por la justicia internacional.
order: 1
updated: 2026-11-01
---

## Una ${CHAPTER_WORD} de organizaciones

Una alianza reúne congregaciones, colegios de abogados y clubes cívicos. Vea [cómo encontrar miembros](/handbook/finding-members/), [el directorio](/alliances/), [los materiales](/kits/) y [las noticias](/news/).
`;

const UNTRANSLATED_CHAPTER = `---
title: A chapter only in English
summary: Written for this test, and never translated.
order: 98
updated: 2026-11-01
---

## Still in English

This chapter has no Spanish translation yet. [Search the site](/search/) or [fill in the founder kit](/kits/fill-in/).
`;

/** A news post in both languages, and one left in English. */
const NEWS_POST = (title: string, summary: string, body: string) => `---
title: "${title}"
summary: "${summary}"
date: 2026-11-20
---

${body}
`;
const SPANISH_POST_TITLE = "Una noticia de prueba en español";
const ENGLISH_ONLY_POST = `---
title: "A post only in English"
summary: "Written for this test, and never translated."
date: 2026-11-21
---

Still in English. See [the handbook](/handbook/).
`;

let site: string;
let data: SiteData;
let session: BrowserSession;
const output = () => path.join(site, "_site");
const es = (key: string, values: Record<string, string | number> = {}) => translate(data.i18n, "es", key, values);

before(async () => {
  site = makeFixtureSite({
    alliances: {
      ponce: allianceFile({
        name: PONCE,
        languages: ["es"],
        state: "PR",
        city: "Ponce",
        summary: "Congregaciones, colegios de abogados y clubes cívicos de Ponce a favor de la Corte Penal Internacional.",
        meetings: "Primer martes de cada mes, 7 p.m., Biblioteca Municipal",
        events: [{ date: "2027-01-20T19:00", title: "Charla sobre el Estatuto de Roma", place: "Biblioteca Municipal" }],
      }),
      "chicago-bilingue": allianceFile({ name: "Chicago Bilingual Alliance for the ICC", languages: ["es", "en"], city: "Chicago" }),
      springfield: allianceFile({}),
      buffalo: allianceFile({ name: "Buffalo Alliance for the ICC", state: "NY", city: "Buffalo" }),
    },
    files: {
      "content/es/handbook/what-is-an-alliance.md": SPANISH_CHAPTER,
      "content/handbook/only-in-english.md": UNTRANSLATED_CHAPTER,
      "content/news/2026-11-20-a-test-post.md": NEWS_POST("A test post in English", "Written for this test, in two languages.", "See [the directory](/alliances/)."),
      "content/es/news/2026-11-20-a-test-post.md": NEWS_POST(SPANISH_POST_TITLE, "Escrita para esta prueba, en dos idiomas.", "Vea [el directorio](/alliances/)."),
      "content/news/2026-11-21-only-in-english.md": ENGLISH_ONLY_POST,
    },
  });
  const env = { SITE_URL };
  const built = runScript(site, "build.ts", ["--no-kits"], env);
  assert.equal(built.status, 0, built.stderr + built.stdout);
  for (const only of ["ponce", "chicago-bilingue", "founder-kit", "es/handbook"]) {
    const printed = runScript(site, "kits.ts", ["--only", only], env);
    assert.equal(printed.status, 0, printed.stderr + printed.stdout);
  }
  data = loadData(projectPaths(site), env).data!;
  session = await openSession(output());
});

after(async () => {
  await session?.close();
  if (site) removeFixture(site);
});

/** Each kind of page in Spanish, with the heading its Spanish words give it. */
const PAGES: [string, () => string][] = [
  ["/es/", () => es("home.heading")],
  ["/es/handbook/", () => es("handbook.title")],
  ["/es/handbook/what-is-an-alliance/", () => "Qué es una alianza"],
  ["/es/handbook/all/", () => es("handbook.all_title")],
  ["/es/alliances/", () => es("directory.title")],
  ["/es/states/pr/", () => es("state.title", { state: "Puerto Rico" })],
  ["/es/alliances/ponce/", () => PONCE],
  ["/es/alliances/springfield/", () => "Springfield Alliance for the ICC"],
  ["/es/alliances/ponce/card/", () => es("card.title", { alliance: PONCE })],
  ["/es/news/", () => es("news.title")],
  ["/es/news/a-test-post/", () => SPANISH_POST_TITLE],
  ["/es/search/", () => es("search.title")],
  ["/es/kits/", () => es("kits.title")],
  ["/es/alliances/register/", () => es("register.title")],
  ["/es/404.html", () => es("not_found.title")],
];

const englishOf = (address: string) => (address.replace(/^\/es\//, "/"));

describe("pages in Spanish", () => {
  it("every kind of page is in Spanish under /es/, with lang=\"es\" and its Spanish heading", () => {
    for (const [address, heading] of PAGES) {
      const $ = readPage(site, address);
      assert.equal($("html").attr("lang"), "es", address);
      assert.equal($("h1").first().text().trim(), heading(), address);
      assert.equal($(".skip-link").text(), es("chrome.skip"), address);
      assert.equal($(".site-nav a").first().text(), es("chrome.handbook"), address);
    }
  });

  it("hreflang alternates pair each Spanish page with its English page, both ways, and the switch leads there", () => {
    for (const [address] of PAGES) {
      const $ = readPage(site, address);
      const english = englishOf(address);
      assert.equal($('link[rel="alternate"][hreflang="en-US"]').attr("href"), `${SITE_URL}${english}`, address);
      assert.equal($('link[rel="alternate"][hreflang="x-default"]').attr("href"), `${SITE_URL}${english}`, address);
      assert.equal($('link[rel="alternate"][hreflang="es"]').attr("href"), `${SITE_URL}${address}`, address);
      assert.equal($('.language-switch a[hreflang="en-US"]').attr("href"), english, address);
      const $en = readPage(site, english);
      assert.equal($en("html").attr("lang"), "en-US", english);
      assert.equal($en('link[rel="alternate"][hreflang="es"]').attr("href"), `${SITE_URL}${address}`, english);
      assert.equal($en('.language-switch a[hreflang="es"]').attr("href"), address, english);
    }
  });

  it("a Spanish chapter's links lead to the Spanish chapters", () => {
    const $ = readPage(site, "/es/handbook/what-is-an-alliance/");
    assert.equal($('article a:contains("cómo encontrar miembros")').attr("href"), "/es/handbook/finding-members/");
  });

  it("a chapter not yet translated is shown in English under /es/, with a notice in Spanish", () => {
    const $ = readPage(site, "/es/handbook/only-in-english/");
    assert.equal($("html").attr("lang"), "es");
    assert.equal($(".untranslated-notice").text().trim(), es("handbook.untranslated_notice"));
    assert.equal($("h1").attr("lang"), "en-US");
    assert.ok(readPage(site, "/es/handbook/")('a[href="/es/handbook/only-in-english/"]').length, "the Spanish contents link it");
  });

  it("a news post not yet translated is shown in English under /es/news/, with a notice in Spanish", () => {
    const $ = readPage(site, "/es/news/only-in-english/");
    assert.equal($("html").attr("lang"), "es");
    assert.equal($(".untranslated-notice").text().trim(), es("news.untranslated_notice"));
    assert.equal($("h1").text().trim(), "A post only in English");
    assert.equal($("h1").attr("lang"), "en-US");
    assert.equal($('article a:contains("the handbook")').attr("href"), "/es/handbook/");
    const $index = readPage(site, "/es/news/");
    assert.equal($index('a[href="/es/news/only-in-english/"]').closest("h2").attr("lang"), "en-US");
    assert.equal($index('a[href="/es/news/a-test-post/"]').text(), SPANISH_POST_TITLE);
    assert.equal(readPage(site, "/es/news/a-test-post/")(".chapter__meta time").text(), "20 de noviembre de 2026");
    assert.equal(readPage(site, "/es/")(`.site-nav a[href="/es/news/"]`).text(), es("chrome.news"));
  });

  it("a Spanish card has Spanish words and leads to the Spanish page, and the Spanish alliance page links it", () => {
    assert.equal(readPage(site, "/es/alliances/ponce/")('a[href="/es/alliances/ponce/card/"]').text(), es("alliance.embed"));
    const $ = readPage(site, "/es/alliances/ponce/card/");
    const card = $(".card-preview");
    assert.ok(card.text().includes(es("card_snippet.meetings")), "the card's words are Spanish");
    assert.ok(card.text().includes(es("card_snippet.kind.city")));
    assert.match(card.text(), /miércoles, 20 de enero de 2027/);
    assert.deepEqual([...new Set(card.find("a").map((_, a) => a.attribs.href).get())], [`${SITE_URL}/es/alliances/ponce/`]);
    assert.ok($("pre.snippet").text().includes(es("card_snippet.next")), "the code to copy is the Spanish card");
    assert.ok(readPage(site, "/es/alliances/buffalo/card/")(".card-preview").text().includes("Buffalo, Nueva York"), "the area is written in Spanish");
  });

  it("Spanish pages are shared with Spanish preview images, planned with the Spanish titles and words", () => {
    const plan = JSON.parse(readFileSync(path.join(output(), "previews/plan.json"), "utf8")) as { previews: { id: string; page: string; url: string; title: string; place: string; status: string; lang: string }[] };
    const chapter = plan.previews.find((entry) => entry.id === "es/handbook/what-is-an-alliance");
    assert.deepEqual(chapter && [chapter.page, chapter.title, chapter.place, chapter.lang], ["/es/handbook/what-is-an-alliance/", "Qué es una alianza", es("preview.chapter", { number: 1 }), "es"]);
    const ponce = plan.previews.find((entry) => entry.id === "es/alliances/ponce");
    assert.equal(ponce?.status, es("status.active"));
    assert.ok(ponce?.place.startsWith(`${es("scope_alliance.city")} · `), ponce?.place);
    assert.equal(readPage(site, "/es/alliances/ponce/")('meta[property="og:image"]').attr("content"), `${SITE_URL}/previews/es/alliances/ponce.png`);
    assert.equal(readPage(site, "/es/handbook/what-is-an-alliance/")('meta[property="og:image"]').attr("content"), `${SITE_URL}/previews/es/handbook/what-is-an-alliance.png`);
    assert.equal(readPage(site, "/es/news/")('meta[property="og:image"]').attr("content"), `${SITE_URL}/previews/es/home.png`);
    const png = PNG.sync.read(readFileSync(path.join(output(), "previews/es/alliances/ponce.png")));
    assert.deepEqual([png.width, png.height], [1200, 630], "the Spanish image was taken with the alliance's kits");
  });

  it("an alliance's own words carry their language on the other language's page", () => {
    assert.equal(readPage(site, "/alliances/ponce/")("h1").attr("lang"), "es");
    assert.equal(readPage(site, "/es/alliances/ponce/")("h1").attr("lang"), undefined);
    assert.equal(readPage(site, "/es/alliances/springfield/")("h1").attr("lang"), "en-US");
  });

  it("dates are written for the page's language", () => {
    const $ = readPage(site, "/es/handbook/what-is-an-alliance/");
    assert.match($(".chapter__meta time").text(), /^1 de noviembre de 2026$/);
  });

  it("event times are written as U.S. Spanish speakers read them, and English times are unchanged", () => {
    assert.match(readPage(site, "/es/alliances/ponce/")(".event__when time").text(), /^miércoles, 20 de enero de 2027, 7:00\sp\.\s?m\. AST$/);
    assert.equal(readPage(site, "/alliances/ponce/")(".event__when time").text(), "Wednesday, January 20, 2027, 7:00 pm AST");
  });

  it("states have their Spanish names on Spanish pages, at the same addresses", () => {
    const $state = readPage(site, "/es/states/ny/");
    assert.equal($state("h1").text().trim(), es("state.title", { state: "Nueva York" }));
    assert.equal($state(".breadcrumbs [aria-current]").text(), "Nueva York");
    const $alliance = readPage(site, "/es/alliances/buffalo/");
    assert.equal($alliance('.breadcrumbs a[href="/es/states/ny/"]').text(), "Nueva York");
    assert.equal($alliance(".alliance__place").text(), `${es("scope_alliance.city")} · Buffalo, Nueva York`);
    assert.equal($alliance('[data-pagefind-filter="state"]').text(), "Nueva York");
    const $directory = readPage(site, "/es/alliances/");
    assert.equal($directory('#state-ny a[href="/es/states/ny/"]').text(), "Nueva York");
    assert.equal($directory('.us-map a[href="/es/states/ny/"]').attr("aria-label"), `Nueva York: ${es("count.alliances", { count: 1 })}`);
    assert.ok($directory('.inline-list a[href="/es/states/dc/"]:contains("Distrito de Columbia")').length, "states without an alliance too");
    // English pages keep the English names.
    assert.equal(readPage(site, "/alliances/buffalo/")(".alliance__place").text(), "City alliance · Buffalo, New York");
    assert.equal(readPage(site, "/states/ny/")(".breadcrumbs [aria-current]").text(), "New York");
  });

  it("the register page is in Spanish: labels, rules, choices and buttons; the check's messages are marked English", () => {
    const $ = readPage(site, "/es/alliances/register/");
    assert.equal($('label[for="name"]').contents().first().text().trim(), es("register.label.name"));
    assert.equal($("#summary-rules").text(), es("register.rules.summary"));
    assert.deepEqual($("#status option").map((_, o) => $(o).text()).get(), [es("register.choose"), ...["forming", "active", "dormant"].map((s) => es(`register.statuses.${s}`))]);
    assert.equal($('#register-states option[value="NY"]').text(), "NY: Nueva York");
    assert.equal($('#register-form button[type="submit"]').text(), es("register.check"));
    assert.equal($("#name-error").attr("lang"), "en-US");
    assert.equal(readPage(site, "/alliances/register/")("#name-error").attr("lang"), undefined);
    assert.equal(readPage(site, "/es/states/dc/")(`a:contains("${es("state.start_here")}")`).attr("href"), "/es/alliances/register/");
  });
});

describe("packets in each alliance's languages", () => {
  it("an alliance in Spanish only has a Spanish packet and no English one, and its pages link the packet it has", () => {
    assert.ok(existsSync(path.join(output(), "es/kits/ponce.pdf")));
    assert.ok(!existsSync(path.join(output(), "kits/ponce.pdf")));
    for (const address of ["/alliances/ponce/", "/es/alliances/ponce/"]) {
      const links = readPage(site, address)(".packets a").map((_, a) => a.attribs.href).get();
      assert.deepEqual(links, ["/es/kits/ponce.pdf"], address);
    }
    const bilingual = readPage(site, "/es/alliances/chicago-bilingue/")(".packets a").map((_, a) => a.attribs.href).get();
    assert.deepEqual(bilingual, ["/es/kits/chicago-bilingue.pdf", "/kits/chicago-bilingue.pdf"]);
    assert.ok(existsSync(path.join(output(), "kits/chicago-bilingue.pdf")) && existsSync(path.join(output(), "es/kits/chicago-bilingue.pdf")));
  });

  it("the exports list each alliance's languages", () => {
    const records = JSON.parse(readFileSync(path.join(output(), "alliances.json"), "utf8")) as { slug: string; languages: string[] }[];
    assert.deepEqual(Object.fromEntries(records.map((r) => [r.slug, r.languages])), { buffalo: ["en"], "chicago-bilingue": ["es", "en"], ponce: ["es"], springfield: ["en"] });
    const geo = JSON.parse(readFileSync(path.join(output(), "alliances.geojson"), "utf8")) as { features: { properties: { name: string; languages: string[] } }[] };
    assert.deepEqual(geo.features.find((f) => f.properties.name === PONCE)?.properties.languages, ["es"]);
  });

  it("the Spanish packet has Spanish piece titles, a Spanish date and Spanish metadata", async () => {
    const file = path.join(output(), "es/kits/ponce.pdf");
    const pdf = await readPdf(file);
    const text = pdf.pages.join(" ");
    // Each piece's Spanish title (the flyer's heading invites instead: "Únase a …"), as printed.
    const titles = data.translations.es!.kits.pieces.filter((piece) => piece.kits.includes("alliance") && piece.id !== "flyer").map((piece) => piece.title);
    for (const title of [...titles, es("kit.join", { alliance: PONCE })]) assert.ok(text.toLocaleLowerCase("es").includes(title.toLocaleLowerCase("es")), title);
    assert.match(text, /miércoles, 20 de enero de 2027, 7:00\sp\.\s?m\. AST/);
    assert.match(text, /Página 1 de \d+/);
    assert.match(String(pdf.info.Keywords), /^Corte Penal Internacional, CPI, Estatuto de Roma, reclutamiento, /);
    const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    assert.equal((document.catalog.lookup(PDFName.of("Lang"), PDFString) as PDFString).decodeText(), "es");
  });

  it("the Spanish founder kit exists beside the English one, with /Lang es", async () => {
    for (const [file, lang] of [["es/kits/founder-kit.pdf", "es"], ["kits/founder-kit.pdf", "en-US"]] as const) {
      const document = await PDFDocument.load(readFileSync(path.join(output(), file)), { updateMetadata: false });
      assert.equal((document.catalog.lookup(PDFName.of("Lang"), PDFString) as PDFString).decodeText(), lang, file);
    }
    const plan = JSON.parse(readFileSync(path.join(output(), "kits/plan.json"), "utf8")) as { kits: { id: string; url: string; language: string }[] };
    assert.deepEqual(plan.kits.find((kit) => kit.id === "es/handbook"), { ...plan.kits.find((kit) => kit.id === "es/handbook"), url: "/es/kits/handbook.pdf", language: "es" });
    assert.equal(plan.kits.find((kit) => kit.id === "ponce"), undefined, "no English packet is planned for a Spanish-only alliance");
  });

  it("every link into the site in the Spanish handbook and founder kit leads to a Spanish page", async () => {
    // The sample coalition's web address is on example.org too: it is not one of the site's pages.
    const intoSite = (links: string[]) => links.filter((link) => link.startsWith(`${SITE_URL}/`) && link !== data.site.coalition.url);
    const handbook = intoSite((await readPdf(path.join(output(), "es/kits/handbook.pdf"))).links);
    for (const address of ["/es/alliances/", "/es/kits/", "/es/news/", "/es/search/", "/es/kits/fill-in/"]) {
      assert.ok(handbook.includes(`${SITE_URL}${address}`), `the handbook links ${address}: ${handbook.join(", ")}`);
    }
    assert.deepEqual(handbook.filter((link) => !link.startsWith(`${SITE_URL}/es/`)), [], "no link leads to an English page");
    const founderKit = intoSite((await readPdf(path.join(output(), "es/kits/founder-kit.pdf"))).links);
    assert.ok(founderKit.includes(`${SITE_URL}/es/kits/fill-in/`), founderKit.join(", "));
    assert.deepEqual(founderKit.filter((link) => !link.startsWith(`${SITE_URL}/es/`)), []);
  });

  it("the Spanish flyer's QR code opens the alliance's Spanish page", async () => {
    const { page, foreignRequests } = await guardedPage(session);
    await page.goto(`${session.server.url}/es/kits/print/alliances/ponce/`);
    const png = PNG.sync.read(await page.locator(".flyer__qr svg").screenshot());
    assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, `${SITE_URL}/es/alliances/ponce/`);
    assert.equal(await page.locator(".flyer__qr svg").getAttribute("aria-label"), es("qr.label", { url: `${SITE_URL}/es/alliances/ponce/` }));
    assert.deepEqual(foreignRequests, []);
    await page.context().close();
  });
});

describe("in a browser", () => {
  async function onPage(address: string, use: (page: Page) => Promise<void>): Promise<void> {
    const { context, page, foreignRequests } = await guardedPage(session, { viewport: { width: 1200, height: 2400 } });
    try {
      await page.goto(session.server.url + address);
      await use(page);
    } finally {
      await context.close();
    }
    assert.deepEqual(foreignRequests, [], "no request leaves the origin");
  }

  it("every kind of Spanish page passes axe", async () => {
    for (const [address] of PAGES) {
      await onPage(address, async (page) => {
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        assert.deepEqual(results.violations.map((v) => `${address} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), []);
      });
    }
  });

  /** The first result's path for `term` on the Spanish search page. */
  async function firstResult(page: Page, term: string): Promise<string> {
    await page.locator("pagefind-input input").fill(term);
    // The summary names the term once the results for it are shown (in the page's language).
    await page.waitForFunction((term) => (document.querySelector("pagefind-summary")?.textContent ?? "").includes(term), term);
    const link = page.locator("pagefind-results .pf-results > li:first-child a.pf-result-link");
    await link.waitFor();
    return new URL((await link.getAttribute("href"))!, session.server.url).pathname;
  }

  it("the Spanish search finds a chapter by a Spanish word and an alliance by its name", async () => {
    await onPage("/es/search/", async (page) => {
      assert.equal(await firstResult(page, CHAPTER_WORD), "/es/handbook/what-is-an-alliance/");
      assert.equal(await firstResult(page, PONCE), "/es/alliances/ponce/");
      assert.equal(await firstResult(page, "Springfield Alliance for the ICC"), "/es/alliances/springfield/");
    });
  });

  it("the Spanish search names its filters and their values in Spanish, and filtering by them works", async () => {
    await onPage("/es/search/?type=Alianza", async (page) => {
      const link = page.locator("pagefind-results a.pf-result-link");
      await link.first().waitFor();
      const names = await page.$$eval(".pf-filter-group[data-filter-name]", (groups) => groups.map((g) => [(g as HTMLElement).dataset.filterName, g.querySelector(".pf-filter-group-name")?.textContent]));
      assert.deepEqual(names, [["type", es("search.filter_names.type")], ["state", es("search.filter_names.state")], ["scope", es("search.filter_names.scope")], ["status", es("search.filter_names.status")]]);
      const values = (name: string) => page.$$eval(`.pf-filter-group[data-filter-name="${name}"] input`, (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      assert.ok((await values("type")).includes(es("search.type_alliance")));
      assert.deepEqual(await values("state"), ["Illinois", "Nueva York", "Puerto Rico"]);
      assert.deepEqual(await values("scope"), [es("scope.city")]);
      assert.deepEqual(await values("status"), [es("status.active")]);
      await page.locator('.pf-filter-group[data-filter-name="state"] > summary').click();
      await page.getByRole("checkbox", { name: /^Nueva York/ }).check();
      await page.waitForURL(/state=Nueva\+York/);
      await page.waitForFunction(() => document.querySelectorAll("pagefind-results a.pf-result-link").length === 1);
      assert.equal(new URL((await link.first().getAttribute("href"))!, session.server.url).pathname, "/es/alliances/buffalo/");
      assert.equal(new URL(page.url()).search, "?type=Alianza&state=Nueva+York");
    });
  });

  it("the Spanish register page checks a founder's answers and offers the file in Spanish", async () => {
    await onPage("/es/alliances/register/", async (page) => {
      const answers = { name: "Alianza de Mayagüez por la CPI", state: "PR", city: "Mayagüez", summary: "Congregaciones y clubes cívicos de Mayagüez.", "host-name": "Club Cívico de Mayagüez", "contact-name": "Ana Pérez", "contact-email": "ana@example.org" };
      for (const [id, value] of Object.entries(answers)) await page.locator(`#${id}`).fill(value);
      await page.locator("#scope").selectOption("city");
      await page.locator("#status").selectOption("forming");
      await page.getByRole("button", { name: es("register.check") }).click();
      await page.locator("#register-result").waitFor();
      assert.match((await page.locator("#register-download").textContent()) ?? "", new RegExp(`^${es("register.download_file", { file: "" })}alianza-de-mayaguez-por-la-cpi\\.md$`));
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => v.id), []);
    });
  });

  it("the English search keeps to English pages", async () => {
    await onPage("/search/", async (page) => {
      assert.equal(await firstResult(page, PONCE), "/alliances/ponce/");
    });
  });
});
