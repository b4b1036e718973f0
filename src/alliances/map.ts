/**
 * The directory's map: a static SVG of the United States (Albers USA, with Alaska and Hawaii),
 * rendered at build time. States with alliances are shaded and link to their page; each alliance
 * is a marker linking to its page. With thousands of alliances, nearby ones share one larger
 * marker linking to their state's page (the list below the map still links every alliance), so
 * the page stays light and a keyboard user does not tab through thousands of dots.
 * No tiles, no script, nothing from another origin.
 */
import { geoAlbersUsa, geoPath } from "d3-geo";
import type { Values } from "../i18n/translate.ts";
import { escapeHtml } from "../text/escape.ts";
import { stateShapes } from "./geo.ts";
import type { StateView } from "./directory.ts";
import type { AllianceView } from "./view.ts";

const WIDTH = 975;
const HEIGHT = 610;
/** Above this many markers, names would overlap: markers keep their accessible names only. */
const MAX_VISIBLE_LABELS = 30;
/** Above this many alliances on the map, nearby ones are grouped until there are at most this many markers. */
export const MAX_MARKERS = 300;
/** The smallest grid cell (in map units) that groups alliances; grown by a quarter until the markers fit. */
const FIRST_CELL = 6;

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

let projection: ReturnType<typeof geoAlbersUsa> | undefined;

export function project(lat: number, lon: number): [number, number] | undefined {
  // One projection for every marker: making one costs far more than projecting a point.
  projection ??= geoAlbersUsa().scale(1300).translate([WIDTH / 2, HEIGHT / 2]);
  const point = projection([lon, lat]);
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : undefined;
}

export interface MapInput {
  states: StateView[];
  fipsOf: (code: string) => string | undefined;
  alliances: AllianceView[];
  words: MapWords;
}

/** The map in the page's language: its words (data/i18n `map.*`), lists, states' names and links. */
export interface MapWords {
  lang: string;
  t(key: string, values?: Values): string;
  list(names: readonly string[]): string;
  localized(address: string): string;
}

const nameIn = (words: MapWords, state: { name: string; names: Readonly<Record<string, string>> }) => state.names[words.lang] ?? state.name;

export interface Placed {
  alliance: AllianceView;
  xy: [number, number];
}

/**
 * Markers for the placed alliances: one each while there are at most `max`, else groups of the
 * alliances in the same grid cell, the cell growing until at most `max` groups remain.
 * Groups come in the order of their first alliance, so the output is the same on every build.
 */
export function groupMarkers(placed: readonly Placed[], max = MAX_MARKERS): Placed[][] {
  if (placed.length <= max) return placed.map((entry) => [entry]);
  for (let cell = FIRST_CELL; ; cell *= 1.25) {
    const cells = new Map<string, Placed[]>();
    for (const entry of placed) {
      const key = `${Math.floor(entry.xy[0] / cell)}:${Math.floor(entry.xy[1] / cell)}`;
      const group = cells.get(key);
      if (group) group.push(entry);
      else cells.set(key, [entry]);
    }
    if (cells.size <= max || cell >= WIDTH) return [...cells.values()];
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

function allianceMarker({ alliance, xy: [x, y] }: Placed, showLabels: boolean, words: MapWords): string {
  const label = words.t("map.alliance", { name: alliance.name, status: words.t(`status.${alliance.status}`).toLocaleLowerCase(words.lang) });
  // Labels on the eastern side run leftwards so they stay inside the map.
  const east = x > WIDTH * 0.6;
  const text = showLabels
    ? `<text x="${east ? x - 8 : x + 8}" y="${y + 4}" class="map-label"${east ? ' text-anchor="end"' : ""} aria-hidden="true">${escapeHtml(alliance.name)}</text>`
    : "";
  return `<a href="${words.localized(alliance.url)}" aria-label="${escapeHtml(label)}" class="map-marker map-marker--${alliance.status}"><circle cx="${x}" cy="${y}" r="5"><title>${escapeHtml(label)}</title></circle>${text}</a>`;
}

/** A group's marker: at the group's centre, larger with more alliances, linking to the state most of them are in. */
function groupMarker(group: readonly Placed[], words: MapWords): string {
  const states = new Map<string, { name: string; url: string; count: number }>();
  for (const { alliance } of group) {
    const first = alliance.states[0];
    if (!first) continue;
    const state = states.get(first.code) ?? { name: nameIn(words, first), url: words.localized(first.url), count: 0 };
    state.count++;
    states.set(first.code, state);
  }
  const ranked = [...states.values()].sort((a, b) => b.count - a.count);
  const main = ranked[0]!;
  const label = words.t("map.group", { count: group.length, where: words.list(ranked.map((state) => state.name)), state: main.name });
  const x = round(group.reduce((sum, entry) => sum + entry.xy[0], 0) / group.length);
  const y = round(group.reduce((sum, entry) => sum + entry.xy[1], 0) / group.length);
  const r = round(Math.min(12, 4 + Math.sqrt(group.length)));
  return `<a href="${main.url}" aria-label="${escapeHtml(label)}" class="map-marker map-marker--group"><circle cx="${x}" cy="${y}" r="${r}"><title>${escapeHtml(label)}</title></circle></a>`;
}

function placedOn(alliances: readonly AllianceView[]): Placed[] {
  return alliances
    .map((alliance) => ({ alliance, xy: alliance.point ? project(alliance.point.lat, alliance.point.lon) : undefined }))
    .filter((entry): entry is Placed => !!entry.xy);
}

/** Whether the map shows groups of alliances rather than one marker each (its caption says so). */
export function mapGroupsAlliances(alliances: readonly AllianceView[]): boolean {
  return placedOn(alliances).length > MAX_MARKERS;
}

export function renderMap({ states, fipsOf, alliances, words }: MapInput): string {
  const shapes = outlines();
  const stateParts = states
    .map((state) => {
      const d = shapes.get(fipsOf(state.code) ?? "");
      if (!d) return "";
      const name = nameIn(words, state);
      if (!state.counts.total) return `<path class="map-state" d="${d}"><title>${escapeHtml(words.t("map.state_none", { state: name }))}</title></path>`;
      const label = words.t("map.state", { state: name, alliances: words.t("count.alliances", { count: state.counts.total }) });
      return `<a href="${words.localized(state.url)}" aria-label="${escapeHtml(label)}"><path class="map-state map-state--has" d="${d}"><title>${escapeHtml(label)}</title></path></a>`;
    })
    .join("");
  const placed = placedOn(alliances);
  const showLabels = placed.length <= MAX_VISIBLE_LABELS;
  const markers = groupMarkers(placed)
    .map((group) => (group.length === 1 ? allianceMarker(group[0]!, showLabels, words) : groupMarker(group, words)))
    .join("");
  return `<svg class="us-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="${escapeHtml(words.t("map.label"))}" xmlns="http://www.w3.org/2000/svg"><g class="map-states">${stateParts}</g><g class="map-markers">${markers}</g></svg>`;
}
