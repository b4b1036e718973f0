// Search in real Chromium, on a fixture site with alliances of its own and one printed kit: names
// and cities find their alliance first, filters narrow by state, the handbook ranks by titles and
// headings, the header box lands on results, the URL keeps the search, and nothing leaves the origin.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import * as pagefind from "pagefind";
import type { Page } from "playwright-core";
import { writeManifest } from "../../src/kits/manifest.ts";
import { indexSite } from "../../src/search/index-site.ts";
import { SORT_KEY, TYPES } from "../../src/search/vocabulary.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";

interface TestAlliance {
  slug: string;
  name: string;
  city?: string;
  states: string[];
  fields: Record<string, string>;
}

const ALLIANCES: TestAlliance[] = [
  { slug: "rockford", name: "Rock River Valley Alliance for the ICC", city: "Rockford", states: ["Illinois"], fields: {} },
  { slug: "peoria", name: "Peoria Justice Network", city: "Peoria", states: ["Illinois"], fields: { status: "forming" } },
  {
    slug: "quad-cities",
    name: "Quad Cities Coalition for International Justice",
    states: ["Illinois", "Iowa"],
    fields: { scope: "region", city: "", region: "Quad Cities", state: "[IL, IA]", summary: "Organizations on both banks of the Mississippi, from Davenport to Moline." },
  },
  // A comma in the name, in a state of its own.
  { slug: "boise", name: "Alliance for Peace, Justice and the ICC", city: "Boise", states: ["Idaho"], fields: { state: "ID" } },
  // A city named like its state: the alliance still comes first for it.
  { slug: "empire-city", name: "Empire City Alliance for the ICC", city: "New York", states: ["New York"], fields: { state: "NY" } },
];

const KIT = {
  title: "Recruitment packet: Peoria Justice Network",
  url: "/kits/peoria.pdf",
  text: "Meet us at the Kickapoo Creek library on the first Monday of the month.",
};

let site: string;
let session: BrowserSession;
/** Every request any page of these tests sent to another origin. */
const foreign: string[] = [];

before(async () => {
  site = makeFixtureSite({
    alliances: Object.fromEntries(
      ALLIANCES.map((a) => [
        a.slug,
        allianceFile({ name: `"${a.name}"`, city: a.city ?? "", summary: `Congregations and civic clubs of ${a.city ?? "the region"} for U.S. cooperation with the Court.`, ...a.fields }),
      ]),
    ),
  });
  const result = runScript(site, "build.ts", ["--no-kits"]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
  // One printed kit, as the kits stage leaves it, then the index rebuilt with it.
  const output = path.join(site, "_site");
  mkdirSync(path.join(output, "kits"), { recursive: true });
  writeFileSync(path.join(output, "kits", "peoria.pdf"), "%PDF-1.7\n");
  writeManifest(output, { kits: [{ id: "peoria", file: "kits/peoria.pdf", description: "For the Peoria Justice Network.", hash: "0", pages: 1, bytes: 9, ...KIT }] });
  const indexed = await indexSite(output);
  await pagefind.close();
  assert.equal(indexed.kits, 1);
  session = await openSession(output);
});

after(async () => {
  await session?.close();
  if (site) removeFixture(site);
  assert.deepEqual(foreign, [], "no request leaves the origin");
});

/** A fresh guarded page (tall, so every result loads) at `url`, closed by `use`'s end. */
async function onPage(url: string, use: (page: Page) => Promise<void>, options: Parameters<typeof guardedPage>[1] = {}): Promise<void> {
  const { context, page, foreignRequests } = await guardedPage(session, { viewport: { width: 1200, height: 2400 }, ...options });
  try {
    await page.goto(session.server.url + url);
    await use(page);
  } finally {
    foreign.push(...foreignRequests);
    await context.close();
  }
  assert.deepEqual(foreignRequests, [], "no request leaves the origin");
}

/** The paths of the results shown, in order, once as many as the summary announces have loaded. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const summary = document.querySelector("pagefind-summary")?.textContent ?? "";
    const items = [...document.querySelectorAll("pagefind-results .pf-results > li")];
    const count = Number(/(\d+) results?/.exec(summary)?.[1] ?? NaN);
    return items.length === count && items.every((item) => item.querySelector("a.pf-result-link"));
  });
  return page.$$eval("pagefind-results .pf-results > li a.pf-result-link", (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** How many results the summary announces, once it announces `expected` (when given). */
async function resultCount(page: Page, expected?: number): Promise<number> {
  const summary = await page.waitForFunction((expected) => {
    const count = Number(/(\d+) results?/.exec(document.querySelector("pagefind-summary")?.textContent ?? "")?.[1] ?? NaN);
    return (expected === undefined ? Number.isInteger(count) : count === expected) && count;
  }, expected);
  return (await summary.jsonValue()) as number;
}

/** The path of the first result, once it has loaded. */
async function firstResult(page: Page): Promise<string> {
  const link = page.locator("pagefind-results .pf-results > li:first-child a.pf-result-link");
  return new URL((await link.getAttribute("href"))!, session.server.url).pathname;
}

/** Types `term` into the search page's box and returns its summary once it is about `term`. */
async function typeTerm(page: Page, term: string): Promise<string> {
  await page.locator("pagefind-input input").fill(term);
  const summary = await page.waitForFunction((term) => {
    const text = document.querySelector("pagefind-summary")?.textContent ?? "";
    return text.endsWith(`for ${term}`) && text;
  }, term);
  return (await summary.jsonValue()) as string;
}

/** Types `term` into the search page's box and returns the first result's path once it has loaded. */
async function typeSearch(page: Page, term: string): Promise<string> {
  await typeTerm(page, term);
  await page.locator("pagefind-results .pf-results > li:first-child a.pf-result-link").waitFor({ state: "attached" });
  return firstResult(page);
}

/** Types `term` into the search page's box and returns every result's path, none when it finds nothing. */
async function everyResult(page: Page, term: string): Promise<string[]> {
  return (await typeTerm(page, term)).startsWith("No results") ? [] : results(page);
}

const search = (term: string) => `/search/?q=${encodeURIComponent(term)}`;

describe("finding alliances", () => {
  it("an alliance's name returns it first", async () => {
    await onPage("/search/", async (page) => {
      for (const alliance of ALLIANCES) assert.equal(await typeSearch(page, alliance.name), `/alliances/${alliance.slug}/`, alliance.name);
    });
  });

  it("an alliance's name does not find the kits page, whose list of packets names every alliance (each printed packet is a record of its own)", async () => {
    await onPage("/search/", async (page) => {
      for (const alliance of ALLIANCES) {
        await typeSearch(page, alliance.name);
        assert.ok(!(await results(page)).includes("/kits/"), alliance.name);
      }
    });
  });

  it("the labels every alliance's page shares find no alliance: only what it wrote, and its headings, are searched", async () => {
    const everyAlliance = ALLIANCES.map((a) => `/alliances/${a.slug}/`).sort();
    const alliancesIn = (found: string[]) => found.filter((url) => everyAlliance.includes(url)).sort();
    await onPage("/search/", async (page) => {
      // "Email:", the unverified contact, the empty events list, the card's embed link.
      for (const label of ["email", "verified", "upcoming", "embed"]) assert.deepEqual(alliancesIn(await everyResult(page, label)), [], label);
      // What a label names is still found: every alliance's host (the fixture's) and contact.
      for (const value of ["Springfield Civic League", "Pat Doe"]) assert.deepEqual(alliancesIn(await everyResult(page, value)), everyAlliance, value);
    });
  });

  it("its city returns it first", async () => {
    await onPage("/search/", async (page) => {
      for (const alliance of ALLIANCES.filter((a) => a.city)) assert.equal(await typeSearch(page, alliance.city!), `/alliances/${alliance.slug}/`, alliance.city);
      await typeSearch(page, "Davenport");
      assert.deepEqual(await results(page), ["/alliances/quad-cities/"]);
    });
  });

  it("filtering by a state shows only that state's alliances, in the URL, and back undoes it", async () => {
    await onPage(search("alliance"), async (page) => {
      const everything = await resultCount(page);
      assert.ok(everything > 10, `only ${everything} results for "alliance"`);
      await page.locator('.pf-filter-group[data-filter-name="state"] > summary').click();
      await page.getByRole("checkbox", { name: /^Illinois/ }).check();
      await page.waitForURL(/state=Illinois/);
      const illinois = ALLIANCES.filter((a) => a.states.includes("Illinois")).map((a) => `/alliances/${a.slug}/`);
      assert.deepEqual((await results(page)).sort(), illinois.sort());
      assert.equal(new URL(page.url()).search, "?q=alliance&state=Illinois");

      await page.goBack();
      await page.waitForURL((url) => url.search === "?q=alliance");
      assert.equal(await resultCount(page, everything), everything);
      assert.equal(await page.getByRole("checkbox", { name: /^Illinois/ }).isChecked(), false);
    });
  });

  it("a shared filter alone lists everything it matches", async () => {
    await onPage("/search/?state=Iowa", async (page) => {
      assert.deepEqual(await results(page), ["/alliances/quad-cities/"]);
      assert.equal(await page.getByRole("checkbox", { name: /^Iowa/ }).isChecked(), true);
    });
    await onPage("/search/?q=justice&type=Alliance&state=Idaho", async (page) => {
      assert.deepEqual(await results(page), ["/alliances/boise/"]);
    });
  });
});

describe("ranking the handbook", () => {
  it('"organizational meeting" ranks the chapter on it first', async () => {
    await onPage(search("organizational meeting"), async (page) => {
      assert.equal(await firstResult(page), "/handbook/organizational-meeting/");
    });
  });

  it("a question lands on the chapter that answers it, and the URL keeps the question", async () => {
    await onPage(search("how do I run the first meeting?"), async (page) => {
      assert.equal(await firstResult(page), "/handbook/organizational-meeting/");
      assert.match(await page.locator("pagefind-summary").innerText(), /for how do I run the first meeting\?$/);
      assert.equal(new URL(page.url()).searchParams.get("q"), "how do I run the first meeting?");
    });
  });

  it("an exact title comes first, and a heading outranks the same words in body text", async () => {
    await onPage("/search/", async (page) => {
      assert.equal(await typeSearch(page, "Finding members"), "/handbook/finding-members/");
      // "Letters to the editor" heads a section of one chapter and is mentioned in the body of several others.
      assert.equal(await typeSearch(page, "letters to the editor"), "/handbook/media-schools-officials/");
      assert.ok((await resultCount(page)) > 3);
    });
  });
});

describe("the search page", () => {
  it("the header box on any page lands on results", async () => {
    await onPage("/handbook/", async (page) => {
      await page.getByRole("searchbox", { name: "Search the site" }).fill("Peoria Justice Network");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === "/search/");
      assert.equal(new URL(page.url()).searchParams.get("q"), "Peoria Justice Network");
      assert.equal(await firstResult(page), "/alliances/peoria/");
    });
  });

  it("keeps the typed term in the URL, and works from the keyboard", async () => {
    await onPage("/search/", async (page) => {
      const box = page.locator("pagefind-input input");
      assert.equal(await page.evaluate(() => document.activeElement?.closest("pagefind-input") !== null), true, "the box has focus");
      const steps = await page.evaluate(() => history.length);
      await box.pressSequentially("Boise");
      await page.waitForURL((url) => url.search === "?q=Boise");
      assert.equal(await page.evaluate(() => history.length), steps, "typing replaces the entry, it does not add steps");
      assert.equal(await firstResult(page), "/alliances/boise/");
      await page.keyboard.press("ArrowDown");
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname), "/alliances/boise/");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === "/alliances/boise/");
    });
  });

  it("offers the filters in a sensible order: type first, values alphabetical, states by full name", async () => {
    await onPage(search("alliance"), async (page) => {
      await resultCount(page);
      const groups = await page.$$eval(".pf-filter-group[data-filter-name]", (found) => found.map((g) => (g as HTMLElement).dataset.filterName));
      assert.deepEqual(groups, ["type", "state", "scope", "status"]);
      const values = (name: string) =>
        page.$$eval(`.pf-filter-group[data-filter-name="${name}"] input`, (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      const types = await values("type");
      assert.deepEqual(types, [...types].sort());
      assert.ok(types.every((type) => (TYPES as readonly string[]).includes(type)), types.join(", "));
      assert.deepEqual(await values("state"), ["Idaho", "Illinois", "Iowa", "New York"]);
      assert.deepEqual(await values("scope"), ["City", "Regional"]);
      assert.deepEqual(await values("status"), ["Active", "Forming"]);
    });
  });

  it("finds the text of a printed kit, typed Kit, linking its PDF", async () => {
    await onPage(search("Kickapoo Creek"), async (page) => {
      assert.deepEqual(await results(page), [KIT.url]);
      assert.equal(await page.locator("pagefind-results .search__type").first().textContent(), "Kit");
    });
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations with results and filters shown (${colorScheme})`, async () => {
      await onPage(
        "/search/?q=alliance&state=Illinois",
        async (page) => {
          await results(page);
          await page.$$eval("details.pf-filter-group", (groups) => groups.forEach((group) => ((group as HTMLDetailsElement).open = true)));
          const report = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
          assert.deepEqual(
            report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
            [],
          );
        },
        { colorScheme },
      );
    });
  }

  it("fits a 320 px wide screen", async () => {
    await onPage(
      search("organizational meeting"),
      async (page) => {
        await firstResult(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `overflows by ${overflow}px`);
      },
      { viewport: { width: 320, height: 640 } },
    );
  });

  it("without JavaScript, says so and links the handbook's contents and the directory", async () => {
    await onPage(
      search("Boise"),
      async (page) => {
        const main = page.locator("main");
        assert.match(await main.innerText(), /Search needs JavaScript/);
        assert.equal(await page.locator("pagefind-input").isVisible(), false);
        for (const href of ["/handbook/", "/alliances/"]) assert.equal(await main.locator(`a[href="${href}"]`).isVisible(), true, href);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe("the index", () => {
  it("holds every page that should be found, and none of the others", async () => {
    const output = path.join(site, "_site");
    const pagesIn = (folder: string) =>
      readdirSync(path.join(output, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `/${folder}/${entry.name}/`);
    const expected = [
      "/", "/handbook/", "/alliances/", "/news/",
      ...pagesIn("handbook").filter((url) => url !== "/handbook/all/"),
      ...pagesIn("news"),
      ...ALLIANCES.map((a) => `/alliances/${a.slug}/`),
      ...pagesIn("states"),
      KIT.url,
    ];
    await onPage("/search/", async (page) => {
      const indexed = await page.evaluate(async () => {
        const engine = await import("/pagefind/pagefind.js" as string);
        const all = await engine.search(null);
        return Promise.all(all.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url));
      });
      const missing = expected.filter((url) => !indexed.includes(url));
      assert.deepEqual(missing, [], "pages that search cannot find");
      for (const url of ["/404.html", "/search/", "/handbook/all/"]) assert.ok(!indexed.includes(url), `${url} is indexed`);
    });
  });

  it("sorts where order means something (chapters in reading order, every news post) and gives alliances no sort key", async () => {
    await onPage("/search/", async (page) => {
      const urls = (type: string, sorted: boolean) =>
        page.evaluate(
          async ({ key, type, sorted }) => {
            const engine = await import("/pagefind/pagefind.js" as string);
            const found = await engine.search(null, { filters: { type: [type] }, ...(sorted ? { sort: { [key]: "asc" } } : {}) });
            const out: string[] = [];
            for (const result of found.results) out.push((await result.data()).url);
            return out;
          },
          { key: SORT_KEY, type, sorted },
        );
      const news = await urls("News", false);
      assert.ok(news.length > 0);
      assert.deepEqual([...(await urls("News", true))].sort(), [...news].sort(), "a sorted news search drops no post");
      // The page list every first search downloads carries no sort value per alliance.
      assert.ok((await urls("Alliance", false)).length > 0);
      assert.deepEqual(await urls("Alliance", true), []);
      const chapters = await urls("Handbook", true);
      await page.goto(`${session.server.url}/handbook/`);
      const contents = await page.$$eval(".contents-list a", (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      assert.deepEqual(chapters, contents);
    });
  });
});
