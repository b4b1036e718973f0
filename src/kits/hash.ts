/**
 * A kit's content hash: everything that shapes its PDF (the rendered print page, which already
 * holds its data and templates; the stylesheets, scripts, images and fonts it loads; the paper;
 * the metadata; the print settings). Equal hashes mean the previous PDF can be kept as it is.
 */
import { createHash } from "node:crypto";

export interface InputFile {
  /** Root-relative path, e.g. /assets/css/kit.css. */
  path: string;
  /** undefined when the file is missing (the hash still changes when it appears). */
  bytes: Uint8Array | undefined;
}

export interface KitInputs {
  html: string;
  files: InputFile[];
  paper: string;
  /** Title, author and the rest: written into the PDF, so they shape it too. */
  metadata: unknown;
  /** The printer's own settings (version, page.pdf options, footer), so a new printer reprints. */
  settings: unknown;
}

/**
 * Each file's own digest, by its bytes object: a run hashes thousands of kits that load the same
 * fonts and stylesheets (read once, see pageInputReader), so each is digested once, not per kit.
 */
const digests = new WeakMap<Uint8Array, Buffer>();
function digestOf(bytes: Uint8Array): Buffer {
  let digest = digests.get(bytes);
  if (!digest) {
    digest = createHash("sha256").update(bytes).digest();
    digests.set(bytes, digest);
  }
  return digest;
}

/** `html` may also be the page's UTF-8 bytes as read from disk: the same hash as its text. */
export function kitHash(inputs: Omit<KitInputs, "html"> & { html: string | Uint8Array }): string {
  const hash = createHash("sha256");
  // Length-prefixed parts, so no two different inputs can run together into the same bytes.
  const part = (label: string, data: string | Uint8Array) => {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    hash.update(`${label}:${bytes.length}:`);
    hash.update(bytes);
  };
  part("paper", inputs.paper);
  part("metadata", JSON.stringify(inputs.metadata));
  part("settings", JSON.stringify(inputs.settings));
  part("html", inputs.html);
  const files = [...inputs.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) {
    part("path", file.path);
    if (file.bytes) part("file-sha256", digestOf(file.bytes));
    else part("missing", "");
  }
  return hash.digest("hex");
}

const LOADING_TAG = /<(?:link|script|img|source|image|use|iframe|video|audio|embed|object|input)\b[^>]*>/gi;
const LOADING_ATTRIBUTE = /\s(?:src|href|xlink:href|data|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/gi;
const CSS_IMPORT = /@import\s+(?:"([^"]*)"|'([^']*)')/gi;

function values(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? "").filter(Boolean);
}

const decodeEntities = (value: string) => value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every address a page loads (not the ones it links to): tags that fetch, and CSS url() inside it. */
export function pageReferences(html: string): string[] {
  const tags = html.match(LOADING_TAG) ?? [];
  const fromTags = tags.flatMap((tag) => [
    ...values(tag, LOADING_ATTRIBUTE),
    ...values(tag, SRCSET).flatMap((set) => set.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")),
  ]);
  return [...fromTags.map(decodeEntities), ...cssReferences(html)].filter(Boolean);
}

/** Every address a stylesheet loads: url() (fonts, images) and @import. */
export function cssReferences(css: string): string[] {
  return [...values(css, CSS_URL), ...values(css, CSS_IMPORT)];
}

/** The root-relative path of a reference made from `basePath`, or undefined when it is not on this site. */
export function localPath(reference: string, basePath: string): string | undefined {
  if (/^(?:data|blob|about|javascript|mailto|tel):/i.test(reference) || reference.startsWith("#")) return undefined;
  const base = new URL(basePath, "http://site.invalid");
  const url = new URL(reference, base);
  return url.origin === base.origin ? decodeURIComponent(url.pathname) : undefined;
}
