// A site published under a path (a GitHub Pages project site, https://<owner>.github.io/<repo>/):
// built with SITE_URL=https://example.org/sub/path as the Publish workflow builds it (build:site,
// kits in two shards, kits:merge), compared with one `npm run build`, and served under /sub/path/ only.
// Every page of the sitemap loads all it needs, every link it offers answers, search and "near me"
// lead to pages under the path, and the kits, feeds and exports carry the path in their addresses.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import jsQRModule from "jsqr";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import Parser from "rss-parser";
import type { Manifest } from "../../src/kits/manifest.ts";
import { outputFile } from "../../src/urls.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";
import { DIRECTORY } from "../helpers/fixture-alliances.ts";
import { makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";
import { readPdf } from "../helpers/pdf.ts";

const jsQR = jsQRModule.default;

const BASE = "/sub/path";
const SITE_URL = `https://example.org${BASE}`;
const ALLIANCES = DIRECTORY.filter((alliance) => ["lakeshore", "oak-park", "puget-sound"].includes(alliance.slug));

let site: string;
let session: BrowserSession;
const output = () => path.join(site, "_site");
const read = (address: string) => readFileSync(path.join(output(), outputFile(address)), "utf8");

/** The address on the test's server of a published address (https://example.org/sub/path/x → http://127.0.0.1:n/sub/path/x). */
const served = (published: string) => {
  assert.ok(published.startsWith(`${SITE_URL}/`), `${published} is under ${SITE_URL}/`);
  return `${session.server.url}${published.slice(SITE_URL.length)}`;
};

/** A published address names a file of the output folder (under the path). */
function assertPublished(published: string): void {
  assert.ok(published.startsWith(`${SITE_URL}/`), `${published} is under ${SITE_URL}/`);
  const file = path.join(output(), outputFile(new URL(published).pathname.slice(BASE.length)));
  assert.ok(existsSync(file), `${published} is a file of the site (${file})`);
}

function runOk(script: string, args: string[] = []): void {
  const result = runScript(site, script, args, { SITE_URL });
  assert.equal(result.status, 0, `${script} ${args.join(" ")}:\n${result.stdout}${result.stderr}`);
}

before(async () => {
  // English alone, as in the kits tests: the shards' work does not depend on a kit's language.
  const siteYaml = readFileSync(path.join(repoRoot, "data", "site.yaml"), "utf8").replace(/^languages: .*$/m, "languages: [en]");
  site = makeFixtureSite({ alliances: Object.fromEntries(ALLIANCES.map((alliance) => [alliance.slug, alliance.file])), files: { "data/site.yaml": siteYaml } });
  const folder = (name: string) => path.join(site, name);
  runOk("build.ts");
  renameSync(output(), folder("single"));
  // The Publish workflow: render once, print in shards (each in its own copy), merge into the render.
  runOk("build.ts", ["--no-kits"]);
  renameSync(output(), folder("built"));
  for (const index of [1, 2]) {
    cpSync(folder("built"), output(), { recursive: true });
    runOk("kits.ts", ["--shard", `${index}/2`]);
    renameSync(output(), folder(`shard-${index}`));
  }
  cpSync(folder("built"), output(), { recursive: true });
  runOk("kits-merge.ts", [folder("shard-1"), folder("shard-2")]);
  for (const name of ["built", "shard-1", "shard-2"]) rmSync(folder(name), { recursive: true });
  session = await openSession(output(), BASE);
});

after(async () => {
  await session?.close();
  if (site) removeFixture(site);
});

/** `use` runs on a guarded page before and after it opens `url`. */
async function onPage(url: string, use: (page: Page) => Promise<void>, beforeLoad: (page: Page) => void = () => undefined): Promise<void> {
  const { context, page, foreignRequests } = await guardedPage(session, { viewport: { width: 1200, height: 2400 } });
  try {
    beforeLoad(page);
    await page.goto(url, { waitUntil: "load" });
    await use(page);
  } finally {
    await context.close();
  }
  assert.deepEqual(foreignRequests, [], "no request leaves the origin");
}

describe("a site served under a path", () => {
  it("printed in shards and merged, the kits are those of one `npm run build`", () => {
    const entries = (root: string) => (JSON.parse(readFileSync(path.join(root, "kits", "manifest.json"), "utf8")) as Manifest).kits.map(({ bytes: _bytes, ...entry }) => entry);
    const merged = entries(output());
    assert.equal(merged.length, ALLIANCES.length + 2, "every alliance's packet, the founder kit and the handbook");
    // The hashes cover each print page with its links and QR codes.
    assert.deepEqual(merged, entries(path.join(site, "single")));
  });

  it("the server answers only under the path", async () => {
    assert.equal((await fetch(`${session.server.url}/`)).status, 200);
    assert.equal((await fetch(`${new URL(session.server.url).origin}/`)).status, 404);
  });

  it("every page of the sitemap loads all it needs, and every address it links to answers", async () => {
    const pages = cheerio.load(read("/sitemap.xml"), { xml: true })("url > loc").map((_, loc) => cheerio.load(loc).text()).get();
    assert.ok(pages.length > 20, `the sitemap lists the site's pages (${pages.length})`);
    for (const kind of ["/", "/handbook/", "/alliances/", "/alliances/lakeshore/", "/news/", "/kits/", "/search/", "/states/il/"]) {
      assert.ok(pages.includes(`${SITE_URL}${kind}`), `the sitemap lists ${SITE_URL}${kind}`);
    }
    const linked = new Set<string>();
    for (const published of pages) {
      const failures: string[] = [];
      const watch = (page: Page) => {
        page.on("response", (response) => {
          if (response.status() >= 400) failures.push(`${response.url()} (HTTP ${response.status()})`);
        });
        // The favicon may still be on its way when the page closes (ERR_ABORTED); its address is checked below.
        page.on("requestfailed", (request) => {
          if (request.failure()?.errorText !== "net::ERR_ABORTED") failures.push(`${request.url()} (${request.failure()?.errorText})`);
        });
      };
      await onPage(served(published), async (page) => {
        const addresses = await page.$$eval("[href], [src], [srcset], form[action]", (elements) =>
          elements.flatMap((element) =>
            ["href", "src", "srcset", "action"]
              .map((name) => element.getAttribute(name)?.trim().split(/\s/)[0])
              .filter((value): value is string => Boolean(value))
              .map((value) => new URL(value, document.baseURI).href),
          ),
        );
        const origin = new URL(session.server.url).origin;
        for (const address of addresses) {
          const url = new URL(address);
          if (url.origin !== origin) continue;
          assert.ok(url.pathname.startsWith(`${BASE}/`), `${published} links to ${url.pathname}, under ${BASE}/`);
          url.hash = "";
          linked.add(url.href);
        }
        const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
        assert.equal(canonical, published, `${published}: its canonical address`);
      }, watch);
      assert.deepEqual(failures, [], `${published} loads every resource`);
    }
    const broken: string[] = [];
    for (const address of linked) {
      const response = await fetch(address);
      await response.arrayBuffer();
      if (response.status !== 200) broken.push(`${address} (HTTP ${response.status})`);
    }
    assert.ok(linked.size > pages.length, `the pages link to many addresses (${linked.size})`);
    assert.deepEqual(broken, [], "every address a page links to answers");
  });

  it("search finds an alliance by its name and links to its page under the path", async () => {
    await onPage(`${session.server.url}/search/?q=Lakeshore`, async (page) => {
      const first = page.locator("pagefind-results .pf-results > li a.pf-result-link").first();
      await first.waitFor();
      assert.equal(new URL((await first.getAttribute("href"))!, page.url()).pathname, `${BASE}/alliances/lakeshore/`);
      await first.click();
      await page.waitForURL(`${session.server.url}/alliances/lakeshore/`);
      assert.equal(await page.locator("h1").innerText(), "Lakeshore Coalition for the International Criminal Court");
    });
  });

  it("near me finds an alliance by ZIP code and links to its page under the path", async () => {
    await onPage(`${session.server.url}/alliances/`, async (page) => {
      await page.getByLabel("ZIP code").fill("98101");
      await page.getByRole("button", { name: "Find nearest" }).click();
      const link = page.locator(".near-me__list li a").first();
      await link.waitFor();
      assert.equal(await link.innerText(), "Puget Sound Alliance for the ICC");
      await link.click();
      await page.waitForURL(`${session.server.url}/alliances/puget-sound/`);
      assert.equal(await page.locator("h1").innerText(), "Puget Sound Alliance for the ICC");
    });
  });

  it("the kits' links, addresses and QR codes open pages under the path", async () => {
    const siteLinks: string[] = [];
    for (const kit of ["founder-kit", "handbook", ...ALLIANCES.map((alliance) => alliance.slug)]) {
      const pdf = await readPdf(path.join(output(), "kits", `${kit}.pdf`));
      for (const link of pdf.links) {
        assert.match(link, /^(?:https:|mailto:)/, `${kit}.pdf: ${link} is a published address, not the printer's own server`);
        if (link.startsWith(`${SITE_URL}/`)) siteLinks.push(link);
      }
    }
    assert.ok(siteLinks.includes(`${SITE_URL}/kits/fill-in/`), `the founder kit links to its fill-in page: ${siteLinks.join(", ")}`);
    for (const link of siteLinks) assertPublished(link);
    const packet = (await readPdf(path.join(output(), "kits", "lakeshore.pdf"))).pages.join(" ").replace(/\s+/g, "");
    assert.ok(packet.includes(`${SITE_URL}/alliances/lakeshore/`), "the packet prints its page's address");
    assert.ok(packet.includes(`${SITE_URL}/handbook/`), "the packet prints the handbook's address");
    await onPage(`${session.server.url}/kits/print/alliances/lakeshore/`, async (page) => {
      const png = PNG.sync.read(await page.locator(".flyer__qr svg").screenshot());
      assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, `${SITE_URL}/alliances/lakeshore/`);
    });
  });

  it("the feeds carry absolute addresses under the path", async () => {
    for (const feedAddress of ["/news/feed.xml", "/alliances/feed.xml"]) {
      const feed = await new Parser().parseString(read(feedAddress));
      assert.ok(feed.items.length > 0, `${feedAddress} has entries`);
      assertPublished(feed.link!);
      for (const item of feed.items) assertPublished(item.link!);
    }
  });

  it("alliances.json and alliances.geojson carry absolute addresses under the path", () => {
    const records = JSON.parse(read("/alliances.json")) as { url: string; kit: string }[];
    assert.equal(records.length, ALLIANCES.length);
    for (const record of records) {
      assertPublished(record.url);
      assertPublished(record.kit);
    }
    const geo = JSON.parse(read("/alliances.geojson")) as { features: { properties: { url: string } }[] };
    for (const feature of geo.features) assertPublished(feature.properties.url);
  });
});
