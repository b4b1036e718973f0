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

export function readPageInputs(output: string, printPath: string): PageInputs {
  const pageFile = fileOf(output, printPath);
  if (!existsSync(pageFile)) return { html: undefined, files: [] };
  const html = readFileSync(pageFile, "utf8");
  const files = new Map<string, InputFile>();
  const queue = pageReferences(html).map((reference) => localPath(reference, printPath));
  // Stylesheets load fonts, images and other stylesheets: follow them, each file once.
  while (queue.length) {
    const urlPath = queue.shift();
    if (urlPath === undefined || files.has(urlPath)) continue;
    const file = fileOf(output, urlPath);
    const bytes = existsSync(file) ? readFileSync(file) : undefined;
    files.set(urlPath, { path: urlPath, bytes });
    if (bytes && urlPath.endsWith(".css")) {
      queue.push(...cssReferences(bytes.toString("utf8")).map((reference) => localPath(reference, urlPath)));
    }
  }
  return { html, files: [...files.values()] };
}
