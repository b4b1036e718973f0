/**
 * The /kits/ page is rendered before the kits are printed, so it carries placeholders
 * (`<span data-kit-facts="id">`) that are filled with each PDF's page count and size afterwards.
 */
import { existsSync, readFileSync } from "node:fs";
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

export function kitFacts(facts: { pages: number; bytes: number }): string {
  return `PDF, ${facts.pages} ${facts.pages === 1 ? "page" : "pages"}, ${formatBytes(facts.bytes)}`;
}

const PLACEHOLDER = /(<span\b[^>]*\bdata-kit-facts="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/** Fills the placeholders of the kits that were printed; the others keep their text. */
export function fillKitFacts(html: string, facts: ReadonlyMap<string, { pages: number; bytes: number }>): string {
  return html.replace(PLACEHOLDER, (whole, open: string, id: string, close: string) => {
    const kit = facts.get(id);
    return kit ? `${open}${kitFacts(kit)}${close}` : whole;
  });
}

/** Rewrites kits/index.html in a site folder, when there is one. */
export function fillIndexPage(output: string, facts: ReadonlyMap<string, { pages: number; bytes: number }>): void {
  const file = path.join(output, INDEX_PAGE);
  if (!existsSync(file)) return;
  const html = readFileSync(file, "utf8");
  const filled = fillKitFacts(html, facts);
  if (filled !== html) writeFileAtomic(file, filled);
}
