/**
 * The directory's map: a static SVG of the United States (Albers USA, with Alaska and Hawaii),
 * rendered at build time. States with alliances are shaded and link to their page; each alliance
 * is a marker linking to its page. No tiles, no script, nothing from another origin.
 */
import { geoAlbersUsa, geoPath } from "d3-geo";
import { escapeHtml } from "../text/escape.ts";
import { stateShapes } from "./geo.ts";
import type { StateView } from "./directory.ts";
import type { AllianceView } from "./view.ts";

const WIDTH = 975;
const HEIGHT = 610;
/** Above this many markers, names would overlap: markers keep their accessible names only. */
const MAX_VISIBLE_LABELS = 30;

let outlineCache: Map<string, string> | undefined;

/** State outlines as SVG path data, keyed by FIPS code; computed once per process. */
function outlines(): Map<string, string> {
  if (!outlineCache) {
    const draw = geoPath(geoAlbersUsa().scale(1300).translate([WIDTH / 2, HEIGHT / 2]));
    outlineCache = new Map();
    for (const shape of stateShapes().features) {
      const d = draw(shape);
      if (d) outlineCache.set(String(shape.id), d.replace(/(\.\d)\d+/g, "$1"));
    }
  }
  return outlineCache;
}

export function project(lat: number, lon: number): [number, number] | undefined {
  const point = geoAlbersUsa().scale(1300).translate([WIDTH / 2, HEIGHT / 2])([lon, lat]);
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : undefined;
}

export interface MapInput {
  states: StateView[];
  fipsOf: (code: string) => string | undefined;
  alliances: AllianceView[];
}

export function renderMap({ states, fipsOf, alliances }: MapInput): string {
  const shapes = outlines();
  const stateParts = states
    .map((state) => {
      const d = shapes.get(fipsOf(state.code) ?? "");
      if (!d) return "";
      if (!state.counts.total) return `<path class="map-state" d="${d}"><title>${escapeHtml(state.name)}: no alliance yet</title></path>`;
      const label = `${state.name}: ${state.counts.total} alliance${state.counts.total === 1 ? "" : "s"}`;
      return `<a href="${state.url}" aria-label="${escapeHtml(label)}"><path class="map-state map-state--has" d="${d}"><title>${escapeHtml(label)}</title></path></a>`;
    })
    .join("");
  const placed = alliances
    .map((alliance) => ({ alliance, xy: alliance.point ? project(alliance.point.lat, alliance.point.lon) : undefined }))
    .filter((entry): entry is { alliance: AllianceView; xy: [number, number] } => !!entry.xy);
  const showLabels = placed.length <= MAX_VISIBLE_LABELS;
  const markers = placed
    .map(({ alliance, xy: [x, y] }) => {
      const label = `${alliance.name} (${alliance.statusLabel.toLowerCase()})`;
      // Labels on the eastern side run leftwards so they stay inside the map.
      const east = x > WIDTH * 0.6;
      const text = showLabels
        ? `<text x="${east ? x - 8 : x + 8}" y="${y + 4}" class="map-label"${east ? ' text-anchor="end"' : ""} aria-hidden="true">${escapeHtml(alliance.name)}</text>`
        : "";
      return `<a href="${alliance.url}" aria-label="${escapeHtml(label)}" class="map-marker map-marker--${alliance.status}"><circle cx="${x}" cy="${y}" r="5"><title>${escapeHtml(label)}</title></circle>${text}</a>`;
    })
    .join("");
  return `<svg class="us-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="Map of alliances in the United States" xmlns="http://www.w3.org/2000/svg"><g class="map-states">${stateParts}</g><g class="map-markers">${markers}</g></svg>`;
}
