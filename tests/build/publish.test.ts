// Publishing: kits printed in shards and merged equal a single run; a restored cache prints
// nothing; link preview tags and images on every page kind; "Edit this page" links.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { PNG } from "pngjs";
import htmlValidateConfig from "../../.htmlvalidate.mjs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Manifest } from "../../src/kits/manifest.ts";
import type { PreviewPlan } from "../../src/kits/previews.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";
import { allianceFile, makeFixtureSite, removeFixture, repoRoot, runScript, type RunResult } from "../helpers/fixture-site.ts";
import { load, type CheerioAPI } from "cheerio";
import { readPdf } from "../helpers/pdf.ts";

const SITE_URL = "https://alliances.example.org";
const env = { SITE_URL };
const LONG_NAME = `Northern Lakes, River Valleys and Prairie Counties Alliance for the International Criminal Court and the Rome Statute of Nineteen Ninety-Eight ${"x".repeat(20)}`.slice(0, 160);

const alliances = {
  riverton: allianceFile({ name: "Riverton Alliance for the ICC", city: "Riverton", state: "WY" }),
  "long-name": allianceFile({ name: `"${LONG_NAME}"`, status: "forming" }),
};
// English alone: sharding and merging do not depend on a kit's language (tests/browser/languages.test.ts prints in Spanish).
const siteYaml = readFileSync(path.join(repoRoot, "data", "site.yaml"), "utf8")
  .replace("paper: letter\n", "paper: letter\nrepository:\n  url: https://github.com/example-org/alliance-site\n  branch: main\n")
  .replace(/^languages: .*$/m, "languages: [en]");

let site: string;
const output = () => path.join(site, "_site");
const folder = (name: string) => path.join(site, name);
/** A page of a built output folder (_site/ or a copy of it), parsed. */
const readPage = (root: string, url: string): CheerioAPI => load(readFileSync(path.join(root, url, url.endsWith("/") ? "index.html" : ""), "utf8"));
const all = (result: RunResult) => result.stdout + result.stderr;

function runOk(script: string, args: string[] = []): RunResult {
  const result = runScript(site, script, args, env);
  assert.equal(result.status, 0, `${script} ${args.join(" ")}:\n${all(result)}`);
  return result;
}

/** A fresh _site/ from the rendered build, as each CI job downloads it. */
function freshSite(): void {
  rmSync(output(), { recursive: true, force: true });
  cpSync(folder("built"), output(), { recursive: true });
}

function printed(result: RunResult): { kits: number; previews: number } {
  const kits = /^kits: (\d+) printed/m.exec(result.stdout);
  const previews = /^previews: (\d+) taken/m.exec(result.stdout);
  assert.ok(kits && previews, `no summary lines in:\n${all(result)}`);
  return { kits: Number(kits[1]), previews: Number(previews[1]) };
}

const files = (root: string, under: string, ext: string): string[] =>
  existsSync(path.join(root, under))
    ? (readdirSync(path.join(root, under), { recursive: true }) as string[]).filter((file) => file.endsWith(ext)).map((file) => path.join(under, file)).sort()
    : [];
const json = <T>(root: string, file: string): T => JSON.parse(readFileSync(path.join(root, file), "utf8")) as T;

async function linkUris(file: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const uris: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    for (const annotation of await (await document.getPage(number)).getAnnotations()) if (annotation.url) uris.push(annotation.url as string);
  }
  await document.destroy();
  return uris;
}

before(() => {
  site = makeFixtureSite({ alliances, files: { "data/site.yaml": siteYaml } });
  runOk("build.ts", ["--no-kits"]);
  renameSync(output(), folder("built"));

  // Three CI shards, each in its own copy of the site; what each keeps is its own _site/.
  for (const index of [1, 2, 3]) {
    freshSite();
    runOk("kits.ts", ["--shard", `${index}/3`]);
    renameSync(output(), folder(`shard-${index}`));
  }
  freshSite();
  runOk("kits.ts");
  renameSync(output(), folder("single"));
  freshSite();
  runOk("kits-merge.ts", [folder("shard-1"), folder("shard-2"), folder("shard-3")]);
});
after(() => removeFixture(site));

describe("kits printed in shards", () => {
  it("each shard prints only its share, and together they cover every kit and preview once", () => {
    const shares = [1, 2, 3].map((index) => files(folder(`shard-${index}`), "kits", ".pdf"));
    const together = shares.flat().sort();
    assert.deepEqual(together, [...new Set(together)].sort(), "no kit is printed by two shards");
    assert.deepEqual(together, files(folder("single"), "kits", ".pdf"));
    assert.ok(shares.every((share) => share.length > 0), "every shard printed something");
    const previews = [1, 2, 3].flatMap((index) => files(folder(`shard-${index}`), "previews", ".png")).sort();
    assert.deepEqual(previews, files(folder("single"), "previews", ".png"));
  });

  it("merged, they give the same PDFs (text, links) and the same manifests as a single run", async () => {
    const single = folder("single");
    const merged = output();
    assert.deepEqual(files(merged, "kits", ".pdf"), files(single, "kits", ".pdf"));
    assert.deepEqual(files(merged, "previews", ".png"), files(single, "previews", ".png"));
    const withoutBytes = (manifest: Manifest) => manifest.kits.map(({ bytes: _bytes, ...entry }) => entry);
    const singleManifest = json<Manifest>(single, "kits/manifest.json");
    const mergedManifest = json<Manifest>(merged, "kits/manifest.json");
    // The hashes cover each print page with its QR codes, so equal hashes mean the same QR URLs.
    assert.deepEqual(withoutBytes(mergedManifest), withoutBytes(singleManifest));
    // Each PDF's text (for search) comes with it from the shard that printed it.
    assert.deepEqual(json(merged, "kits/texts.json"), json(single, "kits/texts.json"));
    for (const entry of mergedManifest.kits) {
      assert.equal(readFileSync(path.join(merged, entry.file)).length, entry.bytes, `${entry.file}'s size is the one in the manifest`);
      assert.deepEqual((await readPdf(path.join(merged, entry.file))).pages, (await readPdf(path.join(single, entry.file))).pages, `${entry.file} has the same text`);
      assert.deepEqual(await linkUris(path.join(merged, entry.file)), await linkUris(path.join(single, entry.file)), `${entry.file} has the same links`);
    }
    assert.deepEqual(
      json<{ previews: { id: string; hash: string }[] }>(merged, "previews/manifest.json").previews.map(({ id, hash }) => [id, hash]),
      json<{ previews: { id: string; hash: string }[] }>(single, "previews/manifest.json").previews.map(({ id, hash }) => [id, hash]),
    );
  });

  it("the merged /kits/ page lists each PDF's facts, and search finds the kits", () => {
    const $ = readPage(output(), "/kits/");
    const manifest = json<Manifest>(output(), "kits/manifest.json");
    for (const entry of manifest.kits) {
      assert.match($(`[data-kit-facts="${entry.id}"]`).text(), new RegExp(`^PDF, ${entry.pages} pages?, `), `${entry.id}'s facts are filled in`);
    }
    const entry = json<{ languages: Record<string, { page_count: number }> }>(output(), "pagefind/pagefind-entry.json");
    const built = json<{ languages: Record<string, { page_count: number }> }>(folder("built"), "pagefind/pagefind-entry.json");
    const count = (index: typeof entry) => Object.values(index.languages).reduce((sum, language) => sum + language.page_count, 0);
    assert.equal(count(entry), count(built) + manifest.kits.length, "the index holds the pages and one record per kit");
  });

  it("with the cache of a previous run restored, a shard prints nothing and keeps only its share", () => {
    // What CI caches after a merge: every PDF and image with the manifests, in a folder of its own.
    const cache = folder("cache");
    const single = folder("single");
    for (const file of [...files(single, "kits", ".pdf"), "kits/manifest.json", "kits/texts.json", ...files(single, "previews", ".png"), "previews/manifest.json"]) {
      mkdirSync(path.dirname(path.join(cache, file)), { recursive: true });
      cpSync(path.join(single, file), path.join(cache, file));
    }
    freshSite();
    const again = runOk("kits.ts", ["--shard", "2/3", "--reuse", cache]);
    assert.deepEqual(printed(again), { kits: 0, previews: 0 });
    assert.match(again.stdout, /^kits: 0 printed, [1-9]\d* unchanged, 0 failed/m);
    assert.deepEqual(files(output(), "kits", ".pdf"), files(folder("shard-2"), "kits", ".pdf"), "only this shard's PDFs are in its site");
    assert.deepEqual(
      json<Manifest>(output(), "kits/manifest.json").kits.map((entry) => entry.id),
      json<Manifest>(folder("shard-2"), "kits/manifest.json").kits.map((entry) => entry.id),
    );
  });

  it("names the content of a site's kits with one key, the same for the same content", () => {
    const key = (args: string[]) => runOk("kits.ts", ["--cache-key", ...args]).stdout.trim();
    const whole = key([]);
    assert.match(whole, /^[0-9a-f]{32}$/);
    assert.equal(key([]), whole);
    assert.notEqual(key(["--shard", "1/3"]), whole);
  });

  it("refuses folders that miss a kit, naming it, and leaves the site as it was", () => {
    freshSite();
    const result = runScript(site, "kits-merge.ts", [folder("shard-1"), folder("shard-2")], env);
    assert.equal(result.status, 1);
    const missing = files(folder("shard-3"), "kits", ".pdf");
    for (const file of missing) assert.match(result.stderr, new RegExp(`${file.replace(/[./]/g, "\\$&")}: found in none of the 2 folders`));
    assert.equal(existsSync(path.join(output(), "kits", "manifest.json")), false);
    const none = runScript(site, "kits-merge.ts", [], env);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /expected at least 1: <folder>\.\.\./);
  });
});

describe("link previews", () => {
  const single = () => folder("single");
  const pages = ["/", "/handbook/what-is-an-alliance/", "/alliances/riverton/", "/alliances/", "/news/", "/kits/", "/kits/fill-in/", "/search/"];

  /** Every page in the sitemap (home, chapters, alliances, states, news, kits, search…), the alliances' cards and the 404 page. */
  const everyPage = () =>
    [...readFileSync(path.join(single(), "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((match) => new URL(match[1]!).pathname)
      .concat(Object.keys(alliances).map((slug) => `/alliances/${slug}/card/`), "/404.html");

  it("every page has Open Graph and Twitter tags with absolute addresses", () => {
    const all = everyPage();
    for (const kind of pages) assert.ok(all.includes(kind), `the sitemap lists ${kind}`);
    assert.ok(all.some((url) => /^\/states\/[a-z]{2}\/$/.test(url)) && all.some((url) => /^\/news\/.+\//.test(url)), "state and news pages are among them");
    for (const url of all) {
      const $ = readPage(single(), url);
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr("content") ?? "";
      for (const key of ["og:title", "og:description", "og:site_name", "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt"]) {
        assert.ok(meta(key).trim(), `${url} has ${key}`);
      }
      assert.equal(meta("og:url"), `${SITE_URL}${url}`);
      assert.equal($('link[rel="canonical"]').attr("href"), `${SITE_URL}${url}`);
      assert.equal(meta("og:locale"), "en_US");
      assert.equal(meta("twitter:card"), "summary_large_image");
      assert.match(meta("og:image"), new RegExp(`^${SITE_URL}/previews/.+\\.png$`), `${url}'s image is absolute`);
      assert.equal(meta("twitter:image"), meta("og:image"));
    }
    const alliance = readPage(single(), "/alliances/riverton/");
    assert.equal(alliance('meta[property="og:image"]').attr("content"), `${SITE_URL}/previews/alliances/riverton.png`);
    assert.match(alliance('meta[property="og:image:alt"]').attr("content") ?? "", /^Riverton Alliance for the ICC\. City alliance · Riverton, Wyoming\. Active\./);
    assert.equal(readPage(single(), "/handbook/what-is-an-alliance/")('meta[property="og:image"]').attr("content"), `${SITE_URL}/previews/handbook/what-is-an-alliance.png`);
  });

  it("every og:image is a 1200×630 PNG in the site", () => {
    const plan = json<PreviewPlan>(single(), "previews/plan.json");
    const images = new Set<string>();
    for (const url of everyPage()) {
      images.add(new URL(readPage(single(), url)('meta[property="og:image"]').attr("content") ?? "").pathname);
    }
    assert.ok(images.size >= plan.previews.length, "home, every chapter and every alliance have their own image");
    for (const image of images) {
      const png = PNG.sync.read(readFileSync(path.join(single(), image)));
      assert.deepEqual([png.width, png.height], [1200, 630], image);
    }
  });

  it("the previews' print page is valid HTML (html-validate, the project's configuration)", async () => {
    const file = path.join(single(), "kits", "print", "previews", "index.html");
    const report = await new HtmlValidate(htmlValidateConfig).validateString(readFileSync(file, "utf8"), file);
    assert.deepEqual(report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`)), []);
  });

  describe("in Chromium", () => {
    let session: BrowserSession;
    before(async () => {
      session = await openSession(folder("single"));
    });
    after(async () => session?.close());

    it("the image of an alliance with a 160-character name shows the whole name", async () => {
      assert.equal(LONG_NAME.length, 160);
      const { context, page, foreignRequests } = await guardedPage(session, { viewport: { width: 1200, height: 630 } });
      await page.goto(`${session.server.url.replace(/\/$/, "")}/kits/print/previews/?id=alliances/long-name`);
      await page.waitForSelector('body[data-ready="alliances/long-name"]');
      const fit = await page.evaluate(() => {
        const title = document.querySelector<HTMLElement>('[data-preview="title"]')!;
        const box = document.querySelector<HTMLElement>("[data-preview-box]")!;
        const rect = title.getBoundingClientRect();
        return {
          text: title.innerText.replace(/\s+/g, " "),
          overflowing: box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth,
          inside: rect.left >= 0 && rect.top >= 0 && rect.right <= 1200 && rect.bottom <= 630,
          ellipsis: getComputedStyle(title).textOverflow,
          fontSize: Number.parseFloat(getComputedStyle(title).fontSize),
        };
      });
      assert.equal(fit.text, LONG_NAME);
      assert.equal(fit.overflowing, false);
      assert.equal(fit.inside, true);
      assert.equal(fit.ellipsis, "clip");
      assert.ok(fit.fontSize >= 24, `the name is at least 24 px (${fit.fontSize})`);
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  });
});

describe("hosting files", () => {
  it("the build writes the _headers file at the site's root", () => {
    const written = readFileSync(path.join(folder("single"), "_headers"), "utf8");
    assert.match(written, /^\/\*\n  Cache-Control: no-cache$/m);
    assert.match(written, /^\/pagefind\/fragment\/\*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable$/m);
  });
});

describe("Edit this page", () => {
  it("chapters and alliance pages link to their source file when `repository` is set", () => {
    const chapter = readPage(folder("single"), "/handbook/what-is-an-alliance/");
    assert.equal(chapter("a:contains('Edit this page')").attr("href"), "https://github.com/example-org/alliance-site/edit/main/content/handbook/what-is-an-alliance.md");
    const alliance = readPage(folder("single"), "/alliances/riverton/");
    assert.equal(alliance("a:contains('Edit this page')").attr("href"), "https://github.com/example-org/alliance-site/edit/main/content/alliances/riverton.md");
  });

  it("there is no such link when `repository` is not set", () => {
    const plain = makeFixtureSite({ alliances });
    try {
      const result = runScript(plain, "build.ts", ["--no-kits"], env);
      assert.equal(result.status, 0, all(result));
      for (const url of ["/handbook/what-is-an-alliance/", "/alliances/riverton/"]) {
        assert.equal(readPage(path.join(plain, "_site"), url)("a:contains('Edit this page')").length, 0, url);
      }
    } finally {
      removeFixture(plain);
    }
  });
});
