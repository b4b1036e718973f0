/**
 * Data for "near me": a compact list of alliance points, and the ZIP-to-coordinates table from the
 * `zipcodes` package split by the first three digits, so a lookup loads one small file. The split
 * files are made once per version of the package and kept in .cache/: loading the package's
 * 5 MB table costs more than a small site's whole build.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sitePath, urls } from "../urls.ts";
import type { Directory } from "./directory.ts";

const require = createRequire(import.meta.url);

/** The points, each with its page's address as a link on this host (under the site's path). */
export function nearMeAlliances(directory: Directory, siteUrl: string): string {
  const base = sitePath(siteUrl);
  const rows = directory.alliances
    .filter((alliance) => alliance.point)
    .map((alliance) => ({
      name: alliance.name,
      url: `${base}${alliance.url}`,
      // The area in every language: the list is shared by every language's directory page.
      places: alliance.places,
      status: alliance.status,
      lat: alliance.point!.lat,
      lon: alliance.point!.lon,
    }));
  return JSON.stringify(rows);
}

let shards: Map<string, string> | undefined;

/** Shard files keyed by prefix, as JSON text: {"60601":[41.886,-87.618],…}. Built once per process. */
export function zipShards(): Map<string, string> {
  if (!shards) {
    const { codes } = require("zipcodes") as { codes: Record<string, { zip: string; latitude: number; longitude: number; country: string }> };
    const grouped = new Map<string, Record<string, [number, number]>>();
    for (const entry of Object.values(codes)) {
      if (entry.country !== "US" || !/^\d{5}$/.test(entry.zip)) continue;
      const prefix = entry.zip.slice(0, 3);
      const shard = grouped.get(prefix) ?? {};
      shard[entry.zip] = [Math.round(entry.latitude * 1000) / 1000, Math.round(entry.longitude * 1000) / 1000];
      grouped.set(prefix, shard);
    }
    shards = new Map([...grouped].map(([prefix, table]) => [prefix, JSON.stringify(table)]));
  }
  return shards;
}

/** The shards' cache for this version of `zipcodes`, made if needed; a build killed halfway leaves no partial cache. */
function cachedShards(cacheRoot: string): { folder: string; files: string[] } {
  const { version } = require("zipcodes/package.json") as { version: string };
  const folder = path.join(cacheRoot, `near-me-zip-${version}`);
  const done = path.join(folder, ".complete");
  if (!existsSync(done)) {
    const temp = `${folder}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp, { recursive: true });
    for (const [prefix, json] of zipShards()) writeFileSync(path.join(temp, `${prefix}.json`), json);
    writeFileSync(path.join(temp, ".complete"), `${zipShards().size}\n`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(temp, folder);
  }
  const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
  if (files.length !== Number(readFileSync(done, "utf8"))) {
    // Someone changed the cache by hand: make it again.
    rmSync(folder, { recursive: true, force: true });
    return cachedShards(cacheRoot);
  }
  return { folder, files };
}

export function writeZipShards(outputDir: string, cacheRoot = path.join(process.cwd(), ".cache")): number {
  const target = path.join(outputDir, urls.nearMeZipFolder());
  mkdirSync(target, { recursive: true });
  const { folder, files } = cachedShards(cacheRoot);
  for (const name of files) copyFileSync(path.join(folder, name), path.join(target, name));
  return files.length;
}
