/**
 * Builds the Pagefind index of a rendered site folder through Pagefind's Node API: every page's
 * `data-pagefind-body`, plus one record per printed kit PDF (from the kits stage's manifest).
 * Pagefind reads only the pages that carry a body, one language at a time: the build knows them
 * from Eleventy; otherwise every HTML file of the folder is read here to find them.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { printedKits } from "../kits/manifest.ts";
import { memoized } from "../memoized.ts";
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
  return /<html\b[^>]*\blang=["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i.exec(html)?.[1]?.toLowerCase();
}

/** The bundle's `pagefind-entry.json`: what the search script loads first, naming each language's index. */
interface BundleEntry {
  languages: Record<string, { page_count: number }>;
}

const entryFile = (bundle: string) => path.join(bundle, "pagefind-entry.json");
const readEntry = (bundle: string) => JSON.parse(readFileSync(entryFile(bundle), "utf8")) as BundleEntry;

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

/** Pages with a search body by the index they join: Pagefind's language tag (lowercased `<html lang>`) → paths. */
export type SearchablePages = Record<string, string[]>;

/** A rendered page as search sees it: its path in the output (with `/`), its language, whether it has a search body. */
export interface PageForSearch {
  path: string;
  language: string | undefined;
  body: boolean;
}

export function pageForSearch(outputDir: string, file: string, html: string): PageForSearch {
  return { path: path.relative(outputDir, file).split(path.sep).join("/"), language: pageLanguage(html), body: html.includes("data-pagefind-body") };
}

/**
 * Groups pages by language as Pagefind does when it reads them together: by their `<html lang>`,
 * and pages without one in the language with the most pages; each group in the order of its paths.
 */
export function byLanguage(pages: readonly Omit<PageForSearch, "body">[]): SearchablePages {
  const groups: SearchablePages = {};
  const unknown: string[] = [];
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (page.language) (groups[page.language] ??= []).push(page.path);
    else unknown.push(page.path);
  }
  if (unknown.length) {
    const primary = Object.keys(groups).sort((a, b) => groups[b]!.length - groups[a]!.length)[0] ?? "unknown";
    (groups[primary] ??= []).push(...unknown);
  }
  return groups;
}

/**
 * The pages of a site folder that search indexes, found by reading its HTML files (the bundle's
 * aside): those with a `data-pagefind-body`, or every page when none has one, as Pagefind decides.
 */
export function searchablePagesIn(outputDir: string): SearchablePages {
  const bundle = path.join(outputDir, "pagefind") + path.sep;
  const pages = readdirSync(outputDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html") && !(entry.parentPath + path.sep).startsWith(bundle))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => pageForSearch(outputDir, file, readFileSync(file, "utf8")));
  const withBody = pages.filter((page) => page.body);
  return byLanguage(withBody.length ? withBody : pages);
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

/**
 * Makes one Pagefind index, fills it and writes it into `bundle`, first emptying the bundle when
 * `replace` (under `npm start` it is written again after every rebuild, and the last one's fragments
 * would pile up); returns the languages it wrote.
 */
async function writeIndex(bundle: string, replace: boolean, fill: (index: PagefindIndex) => Promise<void>): Promise<BundleEntry["languages"]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    await fill(index);
    if (replace) rmSync(bundle, { recursive: true, force: true });
    fail((await index.writeFiles({ outputPath: bundle })).errors);
    return readEntry(bundle).languages;
  } finally {
    await index.deleteIndex();
  }
}

/** `searchable`: the pages with a `data-pagefind-body`, relative to `outputDir`, by language (found in the folder when not given). */
export async function indexSite(outputDir: string, listed?: SearchablePages): Promise<IndexResult> {
  const started = performance.now();
  const searchable = listed ?? searchablePagesIn(outputDir);
  const bundle = path.join(outputDir, "pagefind");
  const kits = printedKits(outputDir);
  // A kit joins the index of the pages beside it: /es/kits/x.pdf that of /es/'s home page.
  const languageOfHome = memoized((prefix: string) => {
    const home = path.join(outputDir, prefix, "index.html");
    return (existsSync(home) && pageLanguage(readFileSync(home, "utf8"))) || "en";
  });
  const records = kits.map((kit) => kitRecord(kit, languageOfHome(/^\/([a-z]{2,3})\/kits\//.exec(kit.url)?.[1] ?? "")));
  const addKits = async (index: PagefindIndex, language: string) => {
    for (const record of records) if (record.language === language) fail((await index.addCustomRecord(record)).errors);
  };

  // One language at a time: Pagefind holds every page it has read until it writes, and two
  // languages read together took 1.9 GB at 5,000 alliances, against 1.3 GB for the larger one
  // alone. Each index's files are named by its language and content, so the indexes share the
  // bundle; only pagefind-entry.json, which lists the languages, is merged.
  const languages = [...new Set([...Object.keys(searchable), ...records.map((record) => record.language!)])].sort();
  const written: BundleEntry["languages"] = {};
  // With nothing to index, one empty index still writes the search script and an entry.
  for (const [position, language] of (languages.length ? languages : [undefined]).entries()) {
    const pages = language === undefined ? [] : (searchable[language] ?? []);
    const wrote = await writeIndex(bundle, position === 0, async (index) => {
      // Pagefind reads the listed pages itself, as it reads a whole folder, without opening the
      // cards, print pages and previews (up to PATHS_PER_GLOB pages per glob).
      for (const glob of globsOf(pages)) fail((await index.addDirectory({ path: outputDir, glob })).errors);
      if (language !== undefined) await addKits(index, language);
    });
    Object.assign(written, wrote);
  }
  writeFileSync(entryFile(bundle), JSON.stringify({ ...readEntry(bundle), languages: written }));
  const recordsWritten = Object.values(written).reduce((sum, language) => sum + language.page_count, 0);
  return { pages: recordsWritten - kits.length, kits: kits.length, seconds: (performance.now() - started) / 1000, ...bundleSize(bundle) };
}
