/**
 * The county names each state has, from the Census Bureau's 2017 cartographic boundaries as
 * us-atlas ships them (counties, Louisiana's parishes, Alaska's boroughs and census areas,
 * Virginia's independent cities, Puerto Rico's municipios, DC and the territories' districts).
 * A county not on its state's list is a problem, unless the alliance gives its `location`:
 * counties are renamed and redrawn, and a list from 2017 cannot know about those since.
 */
import { createRequire } from "node:module";
import { closest } from "../validation/did-you-mean.ts";
import { normalizeCountyName } from "./geo.ts";

const require = createRequire(import.meta.url);

export const COUNTY_LIST_SOURCE = "the Census Bureau's county list of 2017 (us-atlas)";

/** By state FIPS code: the Census names, by normalized name. Loaded on first use (~40 ms). */
let byState: Map<string, Map<string, string>> | undefined;

function lists(): Map<string, Map<string, string>> {
  if (!byState) {
    // Only the names and FIPS codes are needed, not the shapes.
    const topology = require("us-atlas/counties-10m.json") as { objects: { counties: { geometries: { id: string; properties: { name: string } }[] } } };
    byState = new Map();
    for (const shape of topology.objects.counties.geometries) {
      const fips = shape.id.slice(0, 2);
      const names = byState.get(fips) ?? new Map<string, string>();
      names.set(normalizeCountyName(shape.properties.name), shape.properties.name);
      byState.set(fips, names);
    }
  }
  return byState;
}

/** The state's county names, sorted; undefined when the atlas has no list for it (then any name is taken as written). */
export function countyNames(stateFips: string): string[] | undefined {
  const names = lists().get(stateFips);
  return names ? [...new Set(names.values())].sort() : undefined;
}

export type CountyLookup =
  | { found: true }
  /** No list for any of the states: nothing to check against. */
  | { found: false; known: false }
  | { found: false; known: true; candidates: string[]; guess: string | undefined };

/** Whether `county` is a county of one of the given states (by FIPS code). */
export function lookUpCounty(county: string, stateFips: readonly string[]): CountyLookup {
  const listed = stateFips.map((fips) => lists().get(fips)).filter((names) => names !== undefined);
  if (!listed.length) return { found: false, known: false };
  const key = normalizeCountyName(county);
  if (listed.some((names) => names.has(key))) return { found: true };
  const candidates = [...new Set(listed.flatMap((names) => [...names.values()]))].sort();
  // Compared without "County", "Saint" and punctuation, so "Cok County" still finds Cook.
  const byKey = new Map(listed.flatMap((names) => [...names]));
  const guess = closest(key, [...byKey.keys()]);
  return { found: false, known: true, candidates, guess: guess === undefined ? undefined : byKey.get(guess) };
}
