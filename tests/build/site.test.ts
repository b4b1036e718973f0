// The real site, built from the repository's content with the tests' own directory of alliances:
// handbook structure, links, anchors, feeds, the directory's pages and exports, read with a real
// HTML parser, and the build's report of its stages (--json).
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { load } from "cheerio";
import type { BuildReport } from "../../src/build/pipeline.ts";
import { DIRECTORY, DIRECTORY_FILES } from "../helpers/fixture-alliances.ts";
import { makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";

let site: string;
let output: string;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => path.join(dir, file));
}

function urlOf(file: string): string {
  const relative = path.relative(output, file).split(path.sep).join("/");
  return `/${relative.replace(/index\.html$/, "")}`;
}

before(() => {
  site = makeFixtureSite({ alliances: DIRECTORY_FILES });
  output = path.join(site, "_site");
  const result = runScript(site, "build.ts", ["--no-kits", "--json", "build-report.json"]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
});
after(() => removeFixture(site));

describe("handbook", () => {
  it("lists every chapter in order on the contents page and in each sidebar", () => {
    const chapters = readdirSync(path.join(site, "content", "handbook")).filter((f) => f.endsWith(".md"));
    const $ = readPage(site, "/handbook/");
    const listed = $(".contents-list a").map((_, a) => $(a).attr("href")).get();
    assert.equal(listed.length, chapters.length);
    assert.ok(listed.length >= 10);
    const orders = listed.map((href) => Number(readPage(site, href)(".chapter__eyebrow").text().replace(/\D/g, "")));
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
    for (const href of listed) {
      const page = readPage(site, href);
      assert.deepEqual(page(".sidebar ol a").map((_, a) => page(a).attr("href")).get(), listed);
      assert.equal(page('.sidebar a[aria-current="page"]').attr("href"), href);
    }
  });

  it("links each chapter to its previous and next", () => {
    const $ = readPage(site, "/handbook/");
    const listed = $(".contents-list a").map((_, a) => $(a).attr("href")).get();
    listed.forEach((href, i) => {
      const page = readPage(site, href);
      assert.equal(page('a[rel="prev"]').attr("href"), listed[i - 1], `prev of ${href}`);
      assert.equal(page('a[rel="next"]').attr("href"), listed[i + 1], `next of ${href}`);
    });
  });

  it("gives each chapter a table of contents, breadcrumbs, reading time and last-updated date", () => {
    const $ = readPage(site, "/handbook/organizational-meeting/");
    const toc = $(".toc a").map((_, a) => $(a).attr("href")).get();
    assert.ok(toc.length >= 3);
    assert.deepEqual(toc, $("article h2[id], article h3[id]").map((_, h) => `#${$(h).attr("id")}`).get());
    assert.deepEqual($(".breadcrumbs a").map((_, a) => $(a).text()).get().slice(0, 2), ["Home", "Handbook"]);
    assert.match($(".chapter__meta").text(), /\d+ min read · Last updated \w+ \d+, \d{4}/);
  });

  it("has at least 400 words in every chapter", () => {
    for (const file of htmlFiles(path.join(output, "handbook"))) {
      if (!/handbook\/[a-z-]+\/index\.html$/.test(file) || file.includes("/all/")) continue;
      const words = load(readFileSync(file, "utf8"))("article").text().split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 400, `${file}: ${words} words`);
    }
  });

  it("puts the whole handbook on one page with unique ids", () => {
    const $ = readPage(site, "/handbook/all/");
    const titles = readPage(site, "/handbook/")(".contents-list a").map((_, a) => readPage(site, "/handbook/")(a).text()).get();
    assert.deepEqual($(".chapter__title").map((_, h) => $(h).text()).get(), titles);
    const ids = $("[id]").map((_, el) => $(el).attr("id")).get();
    assert.equal(new Set(ids).size, ids.length, "duplicate ids");
    assert.ok($(".founding-checklist li").length >= 5, "the founding checklist is included");
  });

  it("renders news with an Atom feed", () => {
    const xml = readFileSync(path.join(output, "news", "feed.xml"), "utf8");
    assert.ok(xml.startsWith("<?xml"), "a feed, not an HTML page");
    const feed = load(xml, { xml: true });
    assert.ok(feed("feed > entry").length >= 3);
    assert.match(feed("feed > link[rel=self]").attr("href")!, /^https?:\/\/.+\/news\/feed\.xml$/);
  });
});

describe("every page", () => {
  it("has a language, one h1, a description, a canonical URL and landmarks", () => {
    for (const file of htmlFiles(output)) {
      if (file.includes(`${path.sep}kits${path.sep}print`)) continue;
      const $ = load(readFileSync(file, "utf8"));
      const where = urlOf(file);
      assert.ok($("html").attr("lang"), where);
      assert.equal($("h1").length, 1, `${where}: h1 count`);
      assert.ok($('meta[name="description"]').attr("content")?.trim(), `${where}: description`);
      assert.match($('link[rel="canonical"]').attr("href") ?? "", /^https?:\/\//, `${where}: canonical`);
      assert.equal($("main#main").length, 1, `${where}: main`);
      assert.equal($('a.skip-link[href="#main"]').length, 1, `${where}: skip link`);
    }
  });

  it("has only anchors that exist and local links that resolve", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(output)) {
      const $ = load(readFileSync(file, "utf8"));
      const ids = new Set($("[id]").map((_, el) => $(el).attr("id")).get());
      $("a[href]").each((_, a) => {
        const href = $(a).attr("href")!;
        if (href.startsWith("#")) {
          if (!ids.has(decodeURIComponent(href.slice(1)))) broken.push(`${urlOf(file)} → ${href}`);
        } else if (href.startsWith("/")) {
          const [target, hash] = href.split("#") as [string, string | undefined];
          // Kits are printed by the full build; this build skips them (see tests/build/kits.test.ts).
          if (/^\/(?:[a-z]{2,3}\/)?kits\/[^/]+\.pdf$/.test(target)) return;
          const filePath = path.join(output, target.endsWith("/") ? `${target}index.html` : target);
          if (!existsSync(filePath)) broken.push(`${urlOf(file)} → ${href}`);
          else if (hash && target.endsWith("/")) {
            const other = load(readFileSync(filePath, "utf8"));
            if (!other(`[id="${hash}"]`).length) broken.push(`${urlOf(file)} → ${href}`);
          }
        }
      });
    }
    assert.deepEqual(broken, []);
  });

  it("loads nothing from another origin", () => {
    for (const file of htmlFiles(output)) {
      const $ = load(readFileSync(file, "utf8"));
      const sources = $("script[src], link[href][rel=stylesheet], img[src], iframe, link[rel=icon]")
        .map((_, el) => $(el).attr("src") ?? $(el).attr("href"))
        .get();
      for (const source of sources) assert.ok(source.startsWith("/"), `${urlOf(file)} loads ${source}`);
    }
  });

  it("lists the pages in the sitemap and names it in robots.txt", () => {
    const sitemap = readFileSync(path.join(output, "sitemap.xml"), "utf8");
    for (const url of ["/", "/handbook/", "/handbook/organizational-meeting/", "/alliances/", "/alliances/lakeshore/", "/states/il/"]) {
      assert.ok(sitemap.includes(`${url}</loc>`), url);
    }
    assert.match(readFileSync(path.join(output, "robots.txt"), "utf8"), /Sitemap: https?:\/\/\S+\/sitemap\.xml/);
    assert.ok(existsSync(path.join(output, "404.html")));
  });
});

describe("home page", () => {
  it("routes readers to the handbook, the directory and the kits", () => {
    const $ = readPage(site, "/");
    assert.deepEqual($(".route h2 a").map((_, a) => $(a).attr("href")).get(), ["/handbook/", "/alliances/", "/kits/"]);
  });
});

describe("the build's report (--json)", () => {
  it("gives each stage's time and what it counted, matching what was built", () => {
    const report = JSON.parse(readFileSync(path.join(site, "build-report.json"), "utf8")) as BuildReport;
    const chapters = readdirSync(path.join(site, "content", "handbook")).filter((f) => f.endsWith(".md")).length;
    const news = readdirSync(path.join(site, "content", "news")).filter((f) => f.endsWith(".md")).length;
    assert.deepEqual(
      { chapters: report.check.chapters, news: report.check.news, alliances: report.check.alliances },
      { chapters, news, alliances: DIRECTORY.length },
    );
    assert.ok(report.site.files >= htmlFiles(output).length, `${report.site.files} files rendered, ${htmlFiles(output).length} HTML pages written`);
    const entry = JSON.parse(readFileSync(path.join(output, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    assert.deepEqual({ pages: report.search.pages, kits: report.search.kits }, { pages: indexed, kits: 0 });
    // The build hands Pagefind only the pages Eleventy wrote with a search body: none may be missing.
    const searchable = htmlFiles(output).filter((file) => load(readFileSync(file, "utf8"))("[data-pagefind-body]").length > 0);
    assert.equal(indexed, searchable.length);
    for (const stage of [report.check, report.site, report.extra, report.search]) assert.ok(stage.seconds >= 0 && stage.seconds <= report.seconds, JSON.stringify(stage));
  });
});
