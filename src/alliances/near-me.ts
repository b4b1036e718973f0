/**
 * Data for "near me": a compact list of alliance points, and the ZIP-to-coordinates table from the
 * `zipcodes` package split by the first three digits, so a lookup loads one small file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Directory } from "./directory.ts";

const require = createRequire(import.meta.url);

export function nearMeAlliances(directory: Directory): string {
  const rows = directory.alliances
    .filter((alliance) => alliance.point)
    .map((alliance) => ({
      name: alliance.name,
      url: alliance.url,
      place: alliance.place,
      status: alliance.statusLabel,
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

export function writeZipShards(outputDir: string): number {
  const folder = path.join(outputDir, "near-me", "zip");
  mkdirSync(folder, { recursive: true });
  for (const [prefix, json] of zipShards()) writeFileSync(path.join(folder, `${prefix}.json`), json);
  return zipShards().size;
}
