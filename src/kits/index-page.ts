/**
 * The /kits/ page is rendered before the kits are printed, so it carries placeholders
 * (`<span data-kit-facts="id">`) that are filled with each PDF's page count and size afterwards.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { outputFile, urls } from "../urls.ts";
import { writeFileAtomic } from "./atomic-file.ts";

const INDEX_PAGE = outputFile(urls.kits());

/** "980 bytes", "212 KB", "1.4 MB": sizes as a reader deciding whether to download thinks of them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The words of the facts in the page's language: "PDF, {count} pages, {size}" (and its singular). */
export interface FactWords {
  one: string;
  other: string;
}

const ENGLISH: FactWords = { one: "PDF, {count} page, {size}", other: "PDF, {count} pages, {size}" };

export function kitFacts(facts: { pages: number; bytes: number }, words: FactWords = ENGLISH): string {
  const text = facts.pages === 1 ? words.one : words.other;
  return text.replace("{count}", String(facts.pages)).replace("{size}", formatBytes(facts.bytes));
}

const PLACEHOLDER = /(<span\b[^>]*\bdata-kit-facts="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&#123;/g, "{").replace(/&#125;/g, "}");

/** Fills the placeholders of the kits that were printed, in the words each placeholder carries; the others keep their text. */
export function fillKitFacts(html: string, facts: ReadonlyMap<string, { pages: number; bytes: number }>): string {
  return html.replace(PLACEHOLDER, (whole, open: string, id: string, close: string) => {
    const kit = facts.get(id);
    if (!kit) return whole;
    const one = attribute(open, "data-kit-facts-one");
    const other = attribute(open, "data-kit-facts-other");
    return `${open}${kitFacts(kit, one && other ? { one, other } : ENGLISH)}${close}`;
  });
}

/** Rewrites the kits' page of every language (kits/index.html, es/kits/index.html, …) in a site folder. */
export function fillIndexPage(output: string, facts: ReadonlyMap<string, { pages: number; bytes: number }>): void {
  const languageFolders = readdirSync(output, { withFileTypes: true }).filter((entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name));
  for (const file of [path.join(output, INDEX_PAGE), ...languageFolders.map((entry) => path.join(output, entry.name, INDEX_PAGE))]) {
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    const filled = fillKitFacts(html, facts);
    if (filled !== html) writeFileAtomic(file, filled);
  }
}
