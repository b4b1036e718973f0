/** Reading built pages with a real HTML parser. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load, type CheerioAPI } from "cheerio";

export function readPage(site: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith("/") ? path.join(urlPath, "index.html") : urlPath;
  return load(readFileSync(path.join(site, "_site", file), "utf8"));
}
