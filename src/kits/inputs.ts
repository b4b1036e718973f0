/** Reads what a kit's hash covers from the rendered site: its print page and every local file it loads. */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { cssReferences, localPath, pageReferences, type InputFile } from "./hash.ts";

export interface PageInputs {
  /** undefined when the print page was not rendered. */
  html: string | undefined;
  files: InputFile[];
}

function fileOf(output: string, urlPath: string): string {
  const file = path.join(output, urlPath);
  return urlPath.endsWith("/") || (existsSync(file) && statSync(file).isDirectory()) ? path.join(file, "index.html") : file;
}

/**
 * `printPath` is the page's address in the output folder; `sitePath` the path the host serves the
 * folder under ("" at the root), which the page's own references start with.
 */
export function readPageInputs(output: string, printPath: string, sitePath: string): PageInputs {
  const pageFile = fileOf(output, printPath);
  if (!existsSync(pageFile)) return { html: undefined, files: [] };
  const html = readFileSync(pageFile, "utf8");
  const files = new Map<string, InputFile>();
  // Addresses on this host but outside the site's path are kept as they are: no file answers them.
  const inFolder = (address: string | undefined) => (address?.startsWith(`${sitePath}/`) ? address.slice(sitePath.length) : address);
  const local = (reference: string, from: string) => inFolder(localPath(reference, `${sitePath}${from}`));
  const queue = pageReferences(html).map((reference) => local(reference, printPath));
  // Stylesheets load fonts, images and other stylesheets: follow them, each file once.
  while (queue.length) {
    const urlPath = queue.shift();
    if (urlPath === undefined || files.has(urlPath)) continue;
    const file = fileOf(output, urlPath);
    const bytes = existsSync(file) ? readFileSync(file) : undefined;
    files.set(urlPath, { path: urlPath, bytes });
    if (bytes && urlPath.endsWith(".css")) {
      queue.push(...cssReferences(bytes.toString("utf8")).map((reference) => local(reference, urlPath)));
    }
  }
  return { html, files: [...files.values()] };
}
