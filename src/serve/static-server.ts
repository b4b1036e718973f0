/**
 * A small static file server for a built site on 127.0.0.1: used to print kits from the site's
 * own pages and by the browser tests. Serves index.html for folders and 404.html when missing, at the
 * root or, like a GitHub Pages project site, under a path (`basePath`, e.g. /alliance-handbook).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

export interface RunningServer {
  /** The folder's address: the origin, followed by the base path when there is one (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = path.join(candidate, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

/** The path inside the folder, or undefined for an address outside `basePath`. */
function insideBase(urlPath: string, basePath: string): string | undefined {
  if (!basePath) return urlPath;
  if (urlPath === basePath) return "/";
  return urlPath.startsWith(`${basePath}/`) ? urlPath.slice(basePath.length) : undefined;
}

export interface ServeOptions {
  /**
   * The folder does not change while served (the kit printer): browsers may keep its files for
   * the whole visit instead of fetching every stylesheet and font again on every page.
   */
  cacheable?: boolean;
}

export async function serveFolder(folder: string, port = 0, basePath = "", options: ServeOptions = {}): Promise<RunningServer> {
  const root = path.resolve(folder);
  const base = basePath.replace(/\/+$/, "");
  const server: Server = createServer((request, response) => {
    let file: string | undefined;
    try {
      const inside = insideBase(request.url ?? "/", base);
      file = inside === undefined ? undefined : resolveFile(root, inside);
    } catch {
      file = undefined;
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, "404.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(status, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": options.cacheable && status === 200 ? "max-age=3600, immutable" : "no-cache",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
