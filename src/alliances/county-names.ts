/**
 * County names compared the way people write them, and looked up in their states' lists. Pure, so
 * the register page's script checks counties with the same rule and message as `npm run check`
 * (the lists themselves come from src/alliances/counties.ts on the server, and from the page).
 */
import { closest } from "../validation/did-you-mean.ts";

export const COUNTY_LIST_SOURCE = "the Census Bureau's county list of 2017 (us-atlas)";

/**
 * "St. Louis County", "saint louis" and "St Louis" all name the same county; "Orleans Parish",
 * "Juneau City and Borough", "Kusilvak Census Area" and Virginia's "Richmond city" or "City of
 * Alexandria" match the Census names (Orleans, Juneau, Kusilvak, Richmond, Alexandria).
 */
export function normalizeCountyName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(county|parish|borough|census area|municipality|city and borough|municipio|city|of)\b/g, "")
    .replace(/\bsaint\b/g, "st")
    .replace(/[^a-z0-9]+/g, "");
}

export type CountyLookup =
  | { found: true }
  /** No list for any of the states: nothing to check against. */
  | { found: false; known: false }
  | { found: false; known: true; candidates: string[]; guess: string | undefined };

/** Each list's names by normalized name, made once per list (the same arrays serve a whole check). */
const keyed = new WeakMap<readonly string[], Map<string, string>>();
function byKey(list: readonly string[]): Map<string, string> {
  let names = keyed.get(list);
  if (!names) {
    names = new Map(list.map((name) => [normalizeCountyName(name), name]));
    keyed.set(list, names);
  }
  return names;
}

/** Whether `county` is on one of the given states' county lists (a state without a list is left out). */
export function lookUpCounty(county: string, lists: readonly (readonly string[] | undefined)[]): CountyLookup {
  const listed = lists.filter((list) => list !== undefined).map(byKey);
  if (!listed.length) return { found: false, known: false };
  const key = normalizeCountyName(county);
  if (listed.some((names) => names.has(key))) return { found: true };
  const candidates = [...new Set(listed.flatMap((names) => [...names.values()]))].sort();
  // Compared without "County", "Saint" and punctuation, so "Cok County" still finds Cook.
  const all = new Map(listed.flatMap((names) => [...names]));
  const guess = closest(key, [...all.keys()]);
  return { found: false, known: true, candidates, guess: guess === undefined ? undefined : all.get(guess) };
}
