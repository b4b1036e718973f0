/**
 * Where an alliance sits: its own location, else its county's centroid, else its state's,
 * from the us-atlas shapes (computed once per process, only when needed).
 */
import { createRequire } from "node:module";
import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import type { StatesTable } from "../site/schema.ts";
import { normalizeCountyName } from "./county-names.ts";

const require = createRequire(import.meta.url);

export interface Point {
  lat: number;
  lon: number;
  /** Which fallback gave the point. */
  source: "location" | "county" | "state";
}

type Shapes = FeatureCollection<Geometry, { name: string }>;
let statesCache: Shapes | undefined;
let countyCentroids: Map<string, [number, number]> | undefined;
let stateCentroids: Map<string, [number, number]> | undefined;

export function stateShapes(): Shapes {
  if (!statesCache) {
    const topology = require("us-atlas/states-10m.json") as Topology<{ states: GeometryCollection<{ name: string }> }>;
    statesCache = feature(topology, topology.objects.states) as Shapes;
  }
  return statesCache;
}

function centroidOf(shape: Shapes["features"][number]): [number, number] {
  const [lon, lat] = geoCentroid(shape);
  return [Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4];
}

export function countyCentroid(stateFips: string, county: string): [number, number] | undefined {
  if (!countyCentroids) {
    const topology = require("us-atlas/counties-10m.json") as Topology<{ counties: GeometryCollection<{ name: string }> }>;
    const counties = feature(topology, topology.objects.counties) as Shapes;
    countyCentroids = new Map();
    for (const shape of counties.features) {
      countyCentroids.set(`${String(shape.id).slice(0, 2)}:${normalizeCountyName(shape.properties.name)}`, centroidOf(shape));
    }
  }
  return countyCentroids.get(`${stateFips}:${normalizeCountyName(county)}`);
}

export function stateCentroid(fips: string): [number, number] | undefined {
  if (!stateCentroids) {
    stateCentroids = new Map(stateShapes().features.map((shape) => [String(shape.id), centroidOf(shape)]));
  }
  return stateCentroids.get(fips);
}

export function pointOf(
  alliance: { location?: { lat: number; lon: number } | undefined; county?: string[] | undefined; state: string[] },
  states: StatesTable,
): Point | undefined {
  if (alliance.location) return { ...alliance.location, source: "location" };
  const firstState = states[alliance.state[0]!];
  if (!firstState) return undefined;
  const county = alliance.county?.[0];
  const fromCounty = county ? countyCentroid(firstState.fips, county) : undefined;
  if (fromCounty) return { lat: fromCounty[0], lon: fromCounty[1], source: "county" };
  const fromState = stateCentroid(firstState.fips);
  return fromState ? { lat: fromState[0], lon: fromState[1], source: "state" } : undefined;
}
