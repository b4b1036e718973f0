/** What an alliance page shows, prepared once: labels, links, grouped members, dated events. */
import { dayOf, daysBetween, eventTime, formatDay, hasTime, type EventTime } from "../dates/dates.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import { urls } from "../urls.ts";
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
  url: string;
  sample: boolean;
  scope: Alliance["scope"];
  scopeLabel: string;
  status: Alliance["status"];
  statusLabel: string;
  place: string;
  states: { code: string; name: string; url: string }[];
  summary: string;
  founded?: string | undefined;
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
  kitUrl: string;
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

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function placeOf(alliance: Alliance, states: StatesTable): string {
  const stateNames = joinNames(alliance.state.map((code) => states[code]?.name ?? code));
  switch (alliance.scope) {
    case "city":
      return `${alliance.city}, ${stateNames}`;
    case "county": {
      const counties = alliance.county ?? [];
      // Louisiana has parishes and Alaska boroughs: a name that already says so is kept as written.
      const suffix = counties.some((county) => /\b(county|parish|borough|area)\b/i.test(county)) ? "" : counties.length > 1 ? " Counties" : " County";
      return `${joinNames(counties)}${suffix}, ${stateNames}`;
    }
    case "state":
      return `${stateNames} (statewide)`;
    case "region":
      return `${alliance.region}, ${stateNames}`;
  }
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function eventView(event: NonNullable<Alliance["events"]>[number], timeZone: string | undefined): EventView {
  return { date: event.date, ...eventTime(event.date, timeZone), title: event.title, place: event.place, url: event.url };
}

export function allianceView(alliance: Alliance, states: StatesTable, kinds: MemberKinds, today: string): AllianceView {
  const events = [...(alliance.events ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  // Only alliances with events need a zone: the lookup may read zone boundaries or the city table.
  const timeZone = events.length ? timeZoneOf(alliance, states).zone : undefined;
  const dated = events.map((event) => eventView(event, timeZone));
  const members = alliance.members ?? [];
  const memberGroups = Object.entries(kinds)
    .map(([kind, label]) => ({ kind, label, members: members.filter((member) => member.kind === kind) }))
    .filter((group) => group.members.length);
  return {
    slug: alliance.slug,
    name: alliance.name,
    url: urls.alliance(alliance.slug),
    sample: alliance.sample === true,
    scope: alliance.scope,
    scopeLabel: scopeLabels[alliance.scope],
    status: alliance.status,
    statusLabel: statusLabels[alliance.status],
    place: placeOf(alliance, states),
    states: alliance.state.map((code) => ({ code, name: states[code]?.name ?? code, url: urls.state(code) })),
    summary: alliance.summary,
    founded: alliance.founded ? formatDay(alliance.founded) : undefined,
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
    kitUrl: urls.kitPdf(alliance.slug),
    cardUrl: urls.allianceCard(alliance.slug),
    icsUrl: events.length ? urls.allianceCalendar(alliance.slug) : undefined,
    timeZone: events.some((event) => hasTime(event.date)) ? timeZone : undefined,
    point: pointOf(alliance, states),
    source: alliance,
  };
}
