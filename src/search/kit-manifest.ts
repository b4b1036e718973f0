/**
 * The kits stage's manifest (`kits/manifest.json` in the output folder), read for search: one
 * record per printed PDF, carrying the kit's text so a kit is found like a page. The manifest
 * belongs to the kits stage; this reader takes the few fields search needs and ignores the rest,
 * and says exactly what it expected when an entry cannot be used.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CustomRecord } from "pagefind";
import { describeValue, fieldPath, ValidationError, type Problem } from "../validation/problem.ts";
import { SORT_KEY } from "./vocabulary.ts";

/** Where the kits stage writes its manifest, relative to the output folder. */
export const KIT_MANIFEST = "kits/manifest.json";

/** The fields that may hold a kit's PDF, in order of preference: a URL, or a file name beside the manifest. */
const PDF_FIELDS = ["url", "pdf", "href", "file", "path"] as const;

export interface KitEntry {
  title: string;
  /** Site-absolute URL of the PDF, e.g. `/kits/founder-kit.pdf`. */
  url: string;
  description?: string | undefined;
  text?: string | undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const filled = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);

/** The manifest's entries with their paths: a list, `{ kits: [...] }`, or kits keyed by id. */
function entriesOf(manifest: unknown): [PropertyKey[], unknown][] {
  if (Array.isArray(manifest)) return manifest.map((entry, i) => [[i], entry]);
  if (!isObject(manifest)) return [];
  if (Array.isArray(manifest.kits)) return manifest.kits.map((entry, i) => [["kits", i], entry]);
  const keyed = isObject(manifest.kits) ? manifest.kits : manifest;
  const prefix = keyed === manifest ? [] : ["kits"];
  // Scalars beside the kits (a version, a build date) are the manifest's own fields, not kits.
  return Object.entries(keyed)
    .filter(([, entry]) => isObject(entry))
    .map(([key, entry]) => [[...prefix, key], entry]);
}

/** A PDF reference as a site-absolute URL; a bare file name is relative to the manifest's folder. */
export function kitUrl(reference: string, manifest = KIT_MANIFEST): string {
  if (/^https?:\/\//i.test(reference)) return new URL(reference).pathname;
  if (reference.startsWith("/")) return reference;
  return path.posix.join("/", path.posix.dirname(manifest), reference);
}

/** The usable kits of a parsed manifest; throws one error listing every entry it could not use. */
export function parseKitManifest(manifest: unknown, file = KIT_MANIFEST): KitEntry[] {
  const entries = entriesOf(manifest);
  if (!entries.length && !(Array.isArray(manifest) || isObject(manifest))) {
    throw new ValidationError([{ file, field: "", found: describeValue(manifest), expected: "a list of kits, or { \"kits\": [...] }" }]);
  }
  const kits: KitEntry[] = [];
  const problems: Problem[] = [];
  for (const [at, entry] of entries) {
    if (!isObject(entry)) {
      problems.push({ file, field: fieldPath(at), found: describeValue(entry), expected: "a kit: { title, url, text }" });
      continue;
    }
    const title = filled(entry.title);
    const reference = PDF_FIELDS.map((field) => filled(entry[field])).find(Boolean);
    if (!title) problems.push({ file, field: fieldPath([...at, "title"]), found: describeValue(entry.title), expected: "the kit's title" });
    if (!reference) {
      problems.push({
        file,
        field: fieldPath(at),
        found: "no PDF",
        expected: `the PDF's URL or file name in one of: ${PDF_FIELDS.join(", ")}`,
      });
    }
    if (title && reference) kits.push({ title, url: kitUrl(reference, file), description: filled(entry.description), text: filled(entry.text) });
  }
  if (problems.length) throw new ValidationError(problems);
  return kits;
}

/** The kits listed in an output folder's manifest whose PDF is there; none when there is no manifest. */
export function readKitManifest(outputDir: string): KitEntry[] {
  const file = path.join(outputDir, KIT_MANIFEST);
  if (!existsSync(file)) return [];
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([{ file: KIT_MANIFEST, field: "", found: `text that is not JSON (${reason})`, expected: "a JSON manifest of the kits" }]);
  }
  return parseKitManifest(manifest).filter((kit) => existsSync(path.join(outputDir, decodeURI(kit.url))));
}

/** The search record of one kit: its title, description and text, typed and sorted like the pages. */
export function kitRecord(kit: KitEntry, language: string): CustomRecord {
  return {
    url: kit.url,
    content: [kit.title, kit.description, kit.text].filter(Boolean).join("\n\n"),
    language,
    meta: { title: kit.title, type: "Kit" },
    filters: { type: ["Kit"] },
    sort: { [SORT_KEY]: kit.title },
  };
}
