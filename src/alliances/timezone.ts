/**
 * An alliance's IANA time zone, so its event times mean one instant everywhere. In a state with one
 * zone it is the state's; in a state that spans zones it is found from the alliance's own point
 * (its `location`, its county's centroid or its city) in geo-tz's zone boundaries, which are loaded
 * only for those alliances; a statewide alliance gets the zone where most of its state's people
 * live. A `timezone` field overrides everything.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { StatesTable } from "../site/schema.ts";
import { countyCentroid } from "./geo.ts";
import { mainZones, stateZones } from "./state-zones.ts";

const require = createRequire(import.meta.url);

export interface ZoneSource {
  scope: "city" | "county" | "state" | "region";
  state: string[];
  city?: string | undefined;
  county?: string[] | undefined;
  location?: { lat: number; lon: number } | undefined;
  timezone?: string | undefined;
}

export type ZoneResult =
  | { zone: string; from: "timezone" | "state" | "location" | "county" | "city" }
  | { zone: undefined; spans: string[] };

/** geo-tz's answer at a point, unless the point is off land (an Etc/ zone) or outside every zone. */
function zoneAt(lat: number, lon: number): string | undefined {
  // Required here, not imported: its 0.9 MB index is read on load, and most builds never need it.
  const { find } = require("geo-tz") as typeof import("geo-tz");
  return find(lat, lon).find((zone) => !zone.startsWith("Etc/"));
}

let cities: Map<string, [number, number]> | undefined;

/** "Coeur d'Alene" and "Coeur D Alene", "St. Louis" and "Saint Louis" name the same city. */
function cityKey(state: string, city: string): string {
  const name = city
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bsaint\b/g, "st")
    .replace(/[^a-z0-9]+/g, "");
  return `${state}:${name}`;
}

/**
 * The first ZIP code's point of every city in a state that spans zones, from the `zipcodes`
 * package. Kept in .cache/ once per version of the package (as near-me's ZIP shards are): loading
 * the package's 5 MB table costs about half a second, its split-state cities about 10 ms.
 */
function splitStateCities(cacheRoot: string): Map<string, [number, number]> {
  const { version } = require("zipcodes/package.json") as { version: string };
  const file = path.join(cacheRoot, `split-state-cities-${version}.json`);
  if (existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, [number, number]>));
  const { codes } = require("zipcodes") as { codes: Record<string, { city: string; state: string; latitude: number; longitude: number }> };
  const table = new Map<string, [number, number]>();
  for (const entry of Object.values(codes)) {
    const key = cityKey(entry.state, entry.city);
    if (stateZones[entry.state]?.split && !table.has(key)) table.set(key, [entry.latitude, entry.longitude]);
  }
  // Written whole, then renamed: a build killed halfway leaves no partial cache.
  mkdirSync(cacheRoot, { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify(Object.fromEntries(table)));
  renameSync(temp, file);
  return table;
}

function cityPoint(city: string, state: string): [number, number] | undefined {
  cities ??= splitStateCities(path.join(process.cwd(), ".cache"));
  return cities.get(cityKey(state, city));
}

/** Where an alliance in a state that spans zones sits, and how that was found. */
function pointInSplitState(alliance: ZoneSource, states: StatesTable): { at: [number, number]; from: "location" | "county" | "city" } | undefined {
  if (alliance.location) return { at: [alliance.location.lat, alliance.location.lon], from: "location" };
  const code = alliance.state[0]!;
  const fips = states[code]?.fips;
  const county = alliance.county?.[0];
  const fromCounty = county && fips ? countyCentroid(fips, county) : undefined;
  if (fromCounty) return { at: fromCounty, from: "county" };
  const fromCity = alliance.city ? cityPoint(alliance.city, code) : undefined;
  return fromCity ? { at: fromCity, from: "city" } : undefined;
}

/**
 * The alliance's zone, or, for a region across states in different zones without a `timezone`,
 * the zones it spans (the schema rejects that when the alliance has timed events).
 */
export function timeZoneOf(alliance: ZoneSource, states: StatesTable): ZoneResult {
  if (alliance.timezone) return { zone: alliance.timezone, from: "timezone" };
  const zones = mainZones(alliance.state);
  if (zones.length > 1) return { zone: undefined, spans: zones };
  const only = stateZones[alliance.state[0]!];
  if (!only) return { zone: undefined, spans: [] };
  if (only.split && alliance.scope !== "state") {
    const point = pointInSplitState(alliance, states);
    const zone = point ? zoneAt(point.at[0], point.at[1]) : undefined;
    if (point && zone) return { zone, from: point.from };
  }
  return { zone: only.zone, from: "state" };
}
