/** Reads what a kit's hash covers from the rendered site: its print page and every local file it loads. */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { cssReferences, localPath, pageReferences, type InputFile } from "./hash.ts";

export interface PageInputs {
  /** The print page's bytes (UTF-8); undefined when it was not rendered. */
  html: Buffer | undefined;
  files: InputFile[];
}

/** Reads the inputs of one print page after another; see pageInputReader. */
export type PageInputReader = (printPath: string) => PageInputs;

function fileOf(output: string, urlPath: string): string {
  const file = path.join(output, urlPath);
  return urlPath.endsWith("/") || (existsSync(file) && statSync(file).isDirectory()) ? path.join(file, "index.html") : file;
}

/**
 * `sitePath` is the path the host serves the folder under ("" at the root), which the pages' own
 * references start with. Thousands of print pages load the same stylesheets, fonts and images:
 * each of those is read once per reader (the same bytes object every time, so kitHash digests it
 * once), and a stylesheet's own references are followed once.
 */
export function pageInputReader(output: string, sitePath: string): PageInputReader {
  const read = new Map<string, { file: InputFile; loads: (string | undefined)[] }>();
  // Addresses on this host but outside the site's path are kept as they are: no file answers them.
  const inFolder = (address: string | undefined) => (address?.startsWith(`${sitePath}/`) ? address.slice(sitePath.length) : address);
  const local = (reference: string, from: string) => inFolder(localPath(reference, `${sitePath}${from}`));
  const readFile = (urlPath: string) => {
    let known = read.get(urlPath);
    if (!known) {
      const file = fileOf(output, urlPath);
      const bytes = existsSync(file) ? readFileSync(file) : undefined;
      const loads = bytes && urlPath.endsWith(".css") ? cssReferences(bytes.toString("utf8")).map((reference) => local(reference, urlPath)) : [];
      known = { file: { path: urlPath, bytes }, loads };
      read.set(urlPath, known);
    }
    return known;
  };
  return (printPath) => {
    const pageFile = fileOf(output, printPath);
    if (!existsSync(pageFile)) return { html: undefined, files: [] };
    const html = readFileSync(pageFile);
    const files = new Map<string, InputFile>();
    const queue = pageReferences(asciiText(html)).map((reference) => local(utf8(reference), printPath));
    // Stylesheets load fonts, images and other stylesheets: follow them, each file once.
    while (queue.length) {
      const urlPath = queue.shift();
      if (urlPath === undefined || files.has(urlPath)) continue;
      const { file, loads } = readFile(urlPath);
      files.set(urlPath, file);
      queue.push(...loads);
    }
    return { html, files: [...files.values()] };
  };
}

/**
 * The page as one byte per character: thousands of pages are scanned for the addresses they load,
 * and decoding them as Latin-1 costs a fraction of UTF-8. Markup and addresses are ASCII; an
 * address that is not is decoded again as UTF-8 (utf8 below).
 */
const asciiText = (bytes: Buffer) => bytes.toString("latin1");
const utf8 = (latin1: string) => (/[^\x00-\x7f]/.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1);

/** One page's inputs (the link previews' single print page). */
export function readPageInputs(output: string, printPath: string, sitePath: string): PageInputs {
  return pageInputReader(output, sitePath)(printPath);
}
