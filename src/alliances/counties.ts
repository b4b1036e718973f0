/**
 * The county names each state has, from the Census Bureau's 2017 cartographic boundaries as
 * us-atlas ships them (counties, Louisiana's parishes, Alaska's boroughs and census areas,
 * Virginia's independent cities, Puerto Rico's municipios, DC and the territories' districts).
 * A county not on its state's list is a problem, unless the alliance gives its `location`:
 * counties are renamed and redrawn, and a list from 2017 cannot know about those since.
 */
import { createRequire } from "node:module";
import type { StatesTable } from "../site/schema.ts";

const require = createRequire(import.meta.url);

/** By state FIPS code, the Census names, sorted. Read on first use (~40 ms): reference data, the same for every site. */
let byState: Map<string, string[]> | undefined;

function lists(): Map<string, string[]> {
  if (!byState) {
    // Only the names and FIPS codes are needed, not the shapes.
    const topology = require("us-atlas/counties-10m.json") as { objects: { counties: { geometries: { id: string; properties: { name: string } }[] } } };
    const names = new Map<string, Set<string>>();
    for (const shape of topology.objects.counties.geometries) {
      const fips = shape.id.slice(0, 2);
      names.set(fips, (names.get(fips) ?? new Set()).add(shape.properties.name));
    }
    byState = new Map([...names].map(([fips, set]) => [fips, [...set].sort()]));
  }
  return byState;
}

/** The state's county names, sorted; undefined when the atlas has no list for it (then any name is taken as written). */
export function countyNames(stateFips: string): string[] | undefined {
  return lists().get(stateFips);
}

/** Every state's county list by its USPS code (data/states.yaml), for the alliance schema's vocabulary. */
export function countyListsByState(states: StatesTable): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(states).flatMap(([code, state]) => {
      const names = countyNames(state.fips);
      return names ? [[code, names]] : [];
    }),
  );
}
