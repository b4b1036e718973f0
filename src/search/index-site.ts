/**
 * Builds the Pagefind index of a rendered site folder through Pagefind's Node API: every page's
 * `data-pagefind-body`, plus one record per printed kit PDF (from the kits stage's manifest).
 * Given the pages that carry a body (the build knows them from Eleventy), only those are read;
 * otherwise Pagefind reads every HTML file of the folder to find them.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { printedKits } from "../kits/manifest.ts";
import { kitRecord } from "./kit-record.ts";

export interface IndexResult {
  /** Pages in the index: those with a `data-pagefind-body` (kits not included). */
  pages: number;
  /** Kit PDFs indexed as custom records. */
  kits: number;
  seconds: number;
  /** What <output>/pagefind/ holds: the index, which grows with the content, and Pagefind's own code. */
  index: FolderSize;
  /** Scripts, styles and WebAssembly, the same size for any site. */
  code: FolderSize;
}

export interface FolderSize {
  files: number;
  bytes: number;
}

function fail(errors: readonly string[]): void {
  if (errors.length) throw new Error(`search index: ${errors.join("; ")}`);
}

/**
 * The index language of a page, from its `<html lang>`: custom records must name the pages'
 * language to join their index, and Pagefind files pages under the lowercased tag (`en-us`).
 */
export function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*\blang=["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/i.exec(html)?.[1]?.toLowerCase();
}

/** How many records Pagefind wrote, over all languages. */
function recordCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The bundle's sizes, split between the index and the code Pagefind ships beside it. */
function bundleSize(bundle: string): { index: FolderSize; code: FolderSize } {
  const sizes = { index: { files: 0, bytes: 0 }, code: { files: 0, bytes: 0 } };
  for (const entry of readdirSync(bundle, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = sizes[/\.(js|css)$|^wasm\./.test(entry.name) ? "code" : "index"];
    size.files += 1;
    size.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return sizes;
}

/**
 * Paths per glob: Pagefind's glob parser (the wax crate) rejects an alternation of 10,000 paths
 * ("did not parse as a valid glob") and takes 7,000; a site with more pages gets several globs.
 */
export const PATHS_PER_GLOB = 4000;

/**
 * Globs (Pagefind's, from the wax crate) that together match exactly the given paths: `{a,b,…}`,
 * each path's metacharacters escaped with a backslash, at most `size` paths each.
 */
export function globsOf(paths: readonly string[], size = PATHS_PER_GLOB): string[] {
  const globs: string[] = [];
  for (let start = 0; start < paths.length; start += size) {
    globs.push(`{${paths.slice(start, start + size).map((file) => file.replace(/[?*$:<>()[\]{},\\!]/g, "\\$&")).join(",")}}`);
  }
  return globs;
}

/** `searchable`: the pages with a `data-pagefind-body`, relative to `outputDir` (all HTML files when not given). */
export async function indexSite(outputDir: string, searchable?: readonly string[]): Promise<IndexResult> {
  const started = performance.now();
  const bundle = path.join(outputDir, "pagefind");
  const kits = printedKits(outputDir);
  // A kit joins the index of the pages beside it: /es/kits/x.pdf that of /es/'s home page.
  const languageOfHome = (prefix: string) => {
    const home = path.join(outputDir, prefix, "index.html");
    return (existsSync(home) && pageLanguage(readFileSync(home, "utf8"))) || "en";
  };
  const kitLanguage = (url: string) => languageOfHome(/^\/([a-z]{2,3})\/kits\//.exec(url)?.[1] ?? "");

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    // Pagefind reads the listed pages itself, as it reads a whole folder, without opening the cards,
    // print pages and previews (up to PATHS_PER_GLOB pages, the very index a whole folder gives).
    if (!searchable) fail((await index.addDirectory({ path: outputDir })).errors);
    else for (const glob of globsOf(searchable)) fail((await index.addDirectory({ path: outputDir, glob })).errors);
    for (const kit of kits) fail((await index.addCustomRecord(kitRecord(kit, kitLanguage(kit.url)))).errors);
    // Under `npm start` the index is rewritten after every rebuild: fragments of the last one would pile up.
    rmSync(bundle, { recursive: true, force: true });
    fail((await index.writeFiles({ outputPath: bundle })).errors);
    return { pages: recordCount(bundle) - kits.length, kits: kits.length, seconds: (performance.now() - started) / 1000, ...bundleSize(bundle) };
  } finally {
    await index.deleteIndex();
  }
}
