/** What an alliance page shows, prepared once: labels, links, grouped members, dated events. */
import { dayOf, daysBetween, eventTime, formatDay, hasTime, type EventTime } from "../dates/dates.ts";
import type { Values } from "../i18n/translate.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import { inLanguage, urls } from "../urls.ts";
import { pointOf, type Point } from "./geo.ts";
import type { Alliance } from "./load.ts";
import { timeZoneOf } from "./timezone.ts";

/** An event as written (`date`), placed in its alliance's zone (`start`, `when`: see EventTime). */
export interface EventView extends EventTime {
  date: string;
  title: string;
  place?: string | undefined;
  url?: string | undefined;
}

export interface AllianceView {
  slug: string;
  name: string;
  /** The languages it works in, its own texts' language first; a packet is printed in each. */
  languages: string[];
  url: string;
  sample: boolean;
  scope: Alliance["scope"];
  scopeLabel: string;
  status: Alliance["status"];
  statusLabel: string;
  /** The area in the default language (exports, feeds); `places` has it in every language. */
  place: string;
  places: LanguageNames;
  /** Each state's name in the default language, and in every language (`names`). */
  states: { code: string; name: string; names: LanguageNames; url: string }[];
  summary: string;
  founded?: string | undefined;
  /** `founded` as written (YYYY-MM-DD or YYYY), for formatting in the page's language. */
  foundedOn?: string | undefined;
  host: Alliance["host"];
  contact: Alliance["contact"] & { tel?: string | undefined };
  website?: string | undefined;
  meetings?: string | undefined;
  memberGroups: { kind: string; label: string; members: NonNullable<Alliance["members"]> }[];
  memberCount: number;
  upcoming: EventView[];
  past: EventView[];
  concerns: string[];
  verified?: { date: string; shown: string; stale: boolean } | undefined;
  storyHtml: string;
  storyText: string;
  /** The packet in the alliance's first language; `kits` has one per language. */
  kitUrl: string;
  kits: { lang: string; url: string }[];
  cardUrl: string;
  icsUrl?: string | undefined;
  /** The IANA zone of the alliance's events; undefined only without timed events (see timezone.ts). */
  timeZone?: string | undefined;
  point?: Point | undefined;
  source: Alliance;
}

export const scopeLabels = { city: "City", county: "County", state: "Statewide", region: "Regional" } as const;
export const statusLabels = { forming: "Forming", active: "Active", dormant: "Dormant" } as const;

/** A verified date older than this is shown as possibly out of date. */
export const STALE_AFTER_DAYS = 365;

/** A name in every site language, by language code. */
export type LanguageNames = Readonly<Record<string, string>>;

/** The alliance's area as a language writes it; the default language's for a language the site does not list. */
export function placeIn(view: Pick<AllianceView, "place" | "places">, lang: string): string {
  return view.places[lang] ?? view.place;
}

/**
 * How one language writes an area: its states' names (data/i18n/<lang>/states.yaml), its lists
 * ("a, b y c") and its words around them (the `place.*` strings of data/i18n/<lang>.yaml).
 */
export interface PlaceWords {
  lang: string;
  stateName(code: string): string;
  list(names: readonly string[]): string;
  t(key: string, values: Values): string;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const englishPlace: Readonly<Record<string, string>> = {
  "place.city": "{city}, {states}",
  "place.county.one": "{counties} County, {states}",
  "place.county.other": "{counties} Counties, {states}",
  "place.county_named": "{counties}, {states}",
  "place.state": "{states} (statewide)",
  "place.region": "{region}, {states}",
};

/**
 * The English words of data/i18n/en.yaml's `place.*`, for a directory made without the site's
 * catalog (unit tests, the benchmark); the site passes every language's own words.
 */
export function plainEnglishPlace(states: StatesTable): PlaceWords {
  return {
    lang: "en",
    stateName: (code) => states[code]?.name ?? code,
    list: joinNames,
    t: (key, values) => {
      const template = englishPlace[key] ?? englishPlace[`${key}.${values.count === 1 ? "one" : "other"}`] ?? key;
      return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
    },
  };
}

export function placeOf(alliance: Alliance, words: PlaceWords): string {
  const states = words.list(alliance.state.map((code) => words.stateName(code)));
  switch (alliance.scope) {
    case "city":
      return words.t("place.city", { city: alliance.city, states });
    case "county": {
      const counties = alliance.county ?? [];
      // Louisiana has parishes and Alaska boroughs: a name that already says so is kept as written.
      const named = counties.some((county) => /\b(county|parish|borough|area)\b/i.test(county));
      return words.t(named ? "place.county_named" : "place.county", { counties: words.list(counties), states, count: counties.length });
    }
    case "state":
      return words.t("place.state", { states });
    case "region":
      return words.t("place.region", { region: alliance.region, states });
  }
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function eventView(event: NonNullable<Alliance["events"]>[number], timeZone: string | undefined): EventView {
  return { date: event.date, ...eventTime(event.date, timeZone), title: event.title, place: event.place, url: event.url };
}

export function allianceView(
  alliance: Alliance,
  states: StatesTable,
  kinds: MemberKinds,
  today: string,
  defaultLanguage = "en",
  /** Every site language's words for the area; without them, English. */
  placeWords: readonly PlaceWords[] = [plainEnglishPlace(states)],
): AllianceView {
  const events = [...(alliance.events ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  // Only alliances with events need a zone: the lookup may read zone boundaries or the city table.
  const timeZone = events.length ? timeZoneOf(alliance, states).zone : undefined;
  const dated = events.map((event) => eventView(event, timeZone));
  const members = alliance.members ?? [];
  const languages = alliance.languages ?? [defaultLanguage];
  const kits = languages.map((lang) => ({ lang, url: inLanguage(urls.kitPdf(alliance.slug), lang, defaultLanguage) }));
  const places: LanguageNames = Object.fromEntries(placeWords.map((words) => [words.lang, placeOf(alliance, words)]));
  const memberGroups = Object.entries(kinds)
    .map(([kind, label]) => ({ kind, label, members: members.filter((member) => member.kind === kind) }))
    .filter((group) => group.members.length);
  return {
    slug: alliance.slug,
    name: alliance.name,
    languages,
    url: urls.alliance(alliance.slug),
    sample: alliance.sample === true,
    scope: alliance.scope,
    scopeLabel: scopeLabels[alliance.scope],
    status: alliance.status,
    statusLabel: statusLabels[alliance.status],
    place: places[defaultLanguage] ?? placeOf(alliance, plainEnglishPlace(states)),
    places,
    states: alliance.state.map((code) => ({
      code,
      name: states[code]?.name ?? code,
      names: Object.fromEntries(placeWords.map((words) => [words.lang, words.stateName(code)])),
      url: urls.state(code),
    })),
    summary: alliance.summary,
    founded: alliance.founded ? formatDay(alliance.founded) : undefined,
    foundedOn: alliance.founded,
    host: alliance.host,
    contact: { ...alliance.contact, tel: alliance.contact.phone ? telHref(alliance.contact.phone) : undefined },
    website: alliance.website,
    meetings: alliance.meetings,
    memberGroups,
    memberCount: members.length,
    upcoming: dated.filter((event) => dayOf(event.date) >= today),
    past: dated.filter((event) => dayOf(event.date) < today).reverse(),
    concerns: alliance.concerns ?? [],
    verified: alliance.verified
      ? { date: alliance.verified, shown: formatDay(alliance.verified), stale: daysBetween(alliance.verified, today) > STALE_AFTER_DAYS }
      : undefined,
    storyHtml: alliance.storyHtml,
    storyText: alliance.storyText,
    kitUrl: kits[0]!.url,
    kits,
    cardUrl: urls.allianceCard(alliance.slug),
    icsUrl: events.length ? urls.allianceCalendar(alliance.slug) : undefined,
    timeZone: events.some((event) => hasTime(event.date)) ? timeZone : undefined,
    point: pointOf(alliance, states),
    source: alliance,
  };
}
