/**
 * What a reader downloads: a handbook page (HTML + CSS, gzipped, and whether it loads a script),
 * and everything the search page fetches for its first query, measured in Chromium against the built site.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../browser/find-chromium.ts";
import { serveFolder } from "../serve/static-server.ts";

/** Bytes as a server that gzips would send them: gzipped when that is smaller (Pagefind's files already are). */
export function transferSize(bytes: Uint8Array): number {
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}

export interface PageWeight {
  url: string;
  htmlBytes: number;
  cssBytes: number;
  /** HTML and CSS, gzipped. */
  gzipBytes: number;
  /** `<script src>` elements on the page (JSON-LD and other data blocks are not scripts that run). */
  scripts: number;
}

/** The stylesheets a page links to, as site paths. */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)]
    .map((match) => /\bhref=["']?([^"'\s>]+)/i.exec(match[0])?.[1])
    .filter((href): href is string => !!href && href.startsWith("/"));
}

export function scriptCount(html: string): number {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].filter((match) => /\bsrc=/i.test(match[1] ?? "") || !/\btype=["']?application\/(?:ld\+)?json/i.test(match[1] ?? "")).length;
}

export function pageWeight(output: string, url: string): PageWeight {
  const html = readFileSync(path.join(output, url, "index.html"));
  const css = stylesheets(html.toString("utf8")).map((href) => path.join(output, href)).filter(existsSync).map((file) => readFileSync(file));
  return {
    url,
    htmlBytes: html.length,
    cssBytes: css.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipBytes: transferSize(html) + css.reduce((sum, bytes) => sum + transferSize(bytes), 0),
    scripts: scriptCount(html.toString("utf8")),
  };
}

export interface SearchTransfer {
  query: string;
  /** Results the search page shows once its first results have loaded. */
  results: number;
  /** Every file under /pagefind/ the search page fetched, with what a gzipping server would send. */
  files: { path: string; bytes: number; transfer: number }[];
  /** What the search cost the search page: Pagefind's script and worker, index, filters and the shown results' fragments. */
  transferBytes: number;
  /** Pagefind's interface (its component script and stylesheet): the same at any size, like the site's own scripts. */
  interfaceBytes: number;
  /**
   * The first round's measure: Pagefind's script alone in a blank page, one query and the first
   * result's data (no filters, one fragment), what the 157 KB was measured as.
   */
  engineBytes: number;
}

/** Pagefind's interface code, which the search page loads whatever is searched. */
const PAGEFIND_INTERFACE = /^\/pagefind\/pagefind-component-ui\.(js|css)$/;

type Fetched = SearchTransfer["files"];
const sum = (files: Fetched) => files.reduce((total, file) => total + file.transfer, 0);

/** The files under /pagefind/ that `act` makes a new page fetch, with their sizes. */
async function fetchedBy(browser: Browser, output: string, act: (page: Page) => Promise<void>): Promise<Fetched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const files: Fetched = [];
  page.on("response", (response) => {
    const pathname = new URL(response.url()).pathname;
    if (pathname.startsWith("/pagefind/")) files.push({ path: pathname, bytes: 0, transfer: 0 });
  });
  await act(page);
  await page.close();
  // Sizes from the files themselves: what the server sent is what is on disk.
  for (const file of files) {
    const bytes = readFileSync(path.join(output, decodeURIComponent(file.path)));
    file.bytes = bytes.length;
    file.transfer = transferSize(bytes);
  }
  return files;
}

/**
 * Opens the site's search page for `query` in a 1280 × 800 window, as a reader would, and waits
 * until its first results have loaded (Pagefind's interface loads a result's fragment when it is
 * on screen, and the filter pane every filter); sums what was fetched under /pagefind/. Then the
 * same query through Pagefind's script alone, as the first round measured it.
 */
export async function firstSearch(output: string, query: string): Promise<SearchTransfer> {
  const server = await serveFolder(output);
  const browser = await launchChromium();
  try {
    let results = 0;
    const files = await fetchedBy(browser, output, async (page) => {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /\d/.test(document.querySelector("pagefind-summary")?.textContent ?? ""));
      await page.waitForLoadState("networkidle");
      results = await page.locator("pagefind-results a.pf-result-link").count();
    });
    const engine = await fetchedBy(browser, output, async (page) => {
      await page.goto(`${server.url}/404.html`);
      // A string, so the dynamic import runs in the page and not through this module's loader.
      await page.evaluate(`(async () => {
        const pagefind = await import("/pagefind/pagefind.js");
        const search = await pagefind.search(${JSON.stringify(query)});
        if (search.results[0]) await search.results[0].data();
      })()`);
    });
    return {
      query,
      results,
      files,
      transferBytes: sum(files.filter((file) => !PAGEFIND_INTERFACE.test(file.path))),
      interfaceBytes: sum(files.filter((file) => PAGEFIND_INTERFACE.test(file.path))),
      engineBytes: sum(engine),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
