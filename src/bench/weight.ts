/**
 * What a reader downloads: a handbook page (HTML + CSS, gzipped, and whether it loads a script),
 * and everything the first search query fetches, measured in Chromium against the built site.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
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
  results: number;
  /** Every file the query fetched, with what a gzipping server would send. */
  files: { path: string; bytes: number; transfer: number }[];
  transferBytes: number;
}

/**
 * Loads Pagefind in a blank page of the site, runs one query and loads the first result, as the
 * search page does; sums what was fetched for it (the page itself and the site's own CSS and
 * scripts not included: they are the same for every page).
 */
export async function firstSearch(output: string, query: string): Promise<SearchTransfer> {
  const server = await serveFolder(output);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/404.html`);
    const files: SearchTransfer["files"] = [];
    page.on("response", (response) => {
      const pathname = new URL(response.url()).pathname;
      if (!pathname.startsWith("/pagefind/")) return;
      files.push({ path: pathname, bytes: 0, transfer: 0 });
    });
    // A string, so the dynamic import runs in the page and not through this module's loader.
    const results = (await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const search = await pagefind.search(${JSON.stringify(query)});
      if (search.results[0]) await search.results[0].data();
      return search.results.length;
    })()`)) as number;
    // Sizes from the files themselves: what the server sent is what is on disk.
    for (const file of files) {
      const bytes = readFileSync(path.join(output, decodeURIComponent(file.path)));
      file.bytes = bytes.length;
      file.transfer = transferSize(bytes);
    }
    return { query, results, files, transferBytes: files.reduce((sum, file) => sum + file.transfer, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
