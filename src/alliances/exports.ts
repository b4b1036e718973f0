/** Machine-readable views of the directory: JSON, GeoJSON, iCalendar and schema.org JSON-LD. */
import { calendar, type CalendarEvent } from "./ics.ts";
import type { Directory } from "./directory.ts";
import { escapeHtml } from "../text/escape.ts";
import { placeIn, type AllianceView, type EventView } from "./view.ts";

export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl}${path}`;
}

/** JSON safe inside a <script> element: `<` can never close it. */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** An event for other programs: as written, and as an instant with its zone and offset. */
function eventRecord(event: EventView) {
  return {
    date: event.date,
    start: event.start,
    all_day: event.allDay,
    time_zone: event.timeZone ?? null,
    when: event.when,
    title: event.title,
    ...(event.place ? { place: event.place } : {}),
    ...(event.url ? { url: event.url } : {}),
  };
}

export function publicRecord(view: AllianceView, siteUrl: string) {
  const { storyHtml: _html, storyText: _text, slug, file: _file, events: _events, timezone: _timezone, ...fields } = view.source;
  return {
    slug,
    url: absolute(siteUrl, view.url),
    ...fields,
    languages: view.languages,
    timezone: view.timeZone ?? null,
    events: [...view.past].reverse().concat(view.upcoming).map(eventRecord),
    place: view.place,
    point: view.point ? { lat: view.point.lat, lon: view.point.lon, source: view.point.source } : null,
    kit: absolute(siteUrl, view.kitUrl),
    kits: Object.fromEntries(view.kits.map((kit) => [kit.lang, absolute(siteUrl, kit.url)])),
    calendar: view.icsUrl ? absolute(siteUrl, view.icsUrl) : null,
  };
}

export function alliancesJson(directory: Directory, siteUrl: string): string {
  return `${JSON.stringify(directory.alliances.map((view) => publicRecord(view, siteUrl)), null, 1)}\n`;
}

export function alliancesGeoJson(directory: Directory, siteUrl: string): string {
  const features = directory.alliances
    .filter((view) => view.point)
    .map((view) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [view.point!.lon, view.point!.lat] },
      properties: {
        name: view.name,
        url: absolute(siteUrl, view.url),
        scope: view.scope,
        status: view.status,
        place: view.place,
        states: view.states.map((state) => state.code),
        languages: view.languages,
        located_by: view.point!.source,
      },
    }));
  return `${JSON.stringify({ type: "FeatureCollection", features })}\n`;
}

function calendarEntries(view: AllianceView, siteUrl: string, events = [...view.past].reverse().concat(view.upcoming)): CalendarEvent[] {
  const host = new URL(siteUrl).host;
  return events.map((event) => ({
    uid: `${view.slug}-${event.date.replace(/[^0-9]/g, "")}-${slugHash(event.title)}@${host}`,
    event,
    organizer: view.name,
    pageUrl: absolute(siteUrl, view.url),
  }));
}

function slugHash(text: string): string {
  let hash = 5381;
  for (const char of text) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

/** `today` (the build's date) stamps every event: the same content gives the same file. */
export function allianceCalendar(view: AllianceView, siteUrl: string, today: string): string {
  return calendar(view.name, calendarEntries(view, siteUrl), today);
}

export function upcomingCalendar(directory: Directory, siteUrl: string, title: string): string {
  return calendar(
    `${title}: upcoming alliance events`,
    directory.upcomingEvents.flatMap(({ event, alliance }) => calendarEntries(alliance, siteUrl, [event])),
    directory.today,
  );
}

/** Where an event happens, as schema.org wants it: the place written, in the alliance's area. */
function eventLocation(event: EventView, view: AllianceView) {
  return {
    "@type": "Place",
    name: event.place ?? view.place,
    address: {
      "@type": "PostalAddress",
      ...(view.source.city ? { addressLocality: view.source.city } : {}),
      addressRegion: view.states.map((state) => state.code).join(", "),
      addressCountry: "US",
    },
  };
}

export function allianceJsonLd(view: AllianceView, siteUrl: string): string {
  const { contact } = view;
  const organization = { "@id": `${absolute(siteUrl, view.url)}#organization` };
  return scriptSafeJson({
    "@context": "https://schema.org",
    "@type": "Organization",
    ...organization,
    name: view.name,
    url: absolute(siteUrl, view.url),
    description: view.summary,
    ...(view.founded ? { foundingDate: view.source.founded } : {}),
    areaServed: view.place,
    ...(view.website ? { sameAs: [view.website] } : {}),
    parentOrganization: { "@type": "Organization", name: view.host.name, ...(view.host.url ? { url: view.host.url } : {}) },
    contactPoint: {
      "@type": "ContactPoint",
      contactType: "membership",
      name: contact.name,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { telephone: contact.phone } : {}),
      ...(contact.url ? { url: contact.url } : {}),
    },
    member: view.memberGroups.flatMap((group) =>
      group.members.map((member) => ({ "@type": "Organization", name: member.name, ...(member.url ? { url: member.url } : {}) })),
    ),
    // Each upcoming event in full (search engines read nested events): its start with the zone's offset.
    event: view.upcoming.map((event) => ({
      "@type": "Event",
      name: event.title,
      startDate: event.start,
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: eventLocation(event, view),
      organizer: { "@type": "Organization", ...organization, name: view.name, url: absolute(siteUrl, view.url) },
      url: event.url ?? absolute(siteUrl, view.url),
      description: `${event.title}, ${event.when}: an event of ${view.name}.`,
    })),
  });
}

/** The alliance feed holds the newest this many. */
export const ALLIANCE_FEED_SIZE = 50;

export interface FeedEntry {
  title: string;
  /** The alliance page's path (the template makes it absolute). */
  url: string;
  /** The entry's date, from content: see allianceFeedEntries. */
  date: Date;
  summary: string;
  /** HTML, every piece of text escaped. */
  content: string;
}

/** The feed's words in its language: the interface's keys, its addresses and its dates. */
export interface FeedLanguage {
  t(key: string, values?: Record<string, string>): string;
  /** An address in the feed's language (an alliance's page → its page under /es/ in Spanish). */
  localized(address: string): string;
  /** A `founded` date as written (YYYY-MM-DD or YYYY), as the language writes it. */
  day(value: string): string;
  /** The language's tag, for lowercasing the status in the title. */
  tag: string;
  /** The language's code, for the alliance's area as that language writes it. */
  lang: string;
}

/**
 * Forming and active alliances, newest first, for organizers who follow new ones. An entry's date
 * is the later of `founded` (a bare year counts from its first day) and `verified`: an alliance
 * appears when it is founded, and comes back up when the directory confirms it again, as when a
 * dormant alliance becomes active. An alliance with neither date has no place in time and is left out.
 */
export function allianceFeedEntries(directory: Directory, language: FeedLanguage): FeedEntry[] {
  const { t } = language;
  return directory.alliances
    .filter((view) => view.status !== "dormant")
    .flatMap((view) => {
      const days = [view.source.founded && (/^\d{4}$/.test(view.source.founded) ? `${view.source.founded}-01-01` : view.source.founded), view.source.verified]
        .filter((day): day is string => !!day)
        .sort();
      const latest = days.at(-1);
      if (!latest) return [];
      const status = t(`status.${view.status}`);
      const place = placeIn(view, language.lang);
      const line = t("feeds.alliance_line", { scope: t(`scope_alliance.${view.scope}`), place, status });
      const founded = view.foundedOn ? t("feeds.alliance_founded", { founded: language.day(view.foundedOn) }) : "";
      return [{
        title: t("feeds.alliance_entry", { alliance: view.name, status: status.toLocaleLowerCase(language.tag), place }),
        url: language.localized(view.url),
        date: new Date(`${latest}T00:00:00Z`),
        summary: view.summary,
        content: [`<p>${escapeHtml(view.summary)}</p>`, `<p>${escapeHtml(`${line}${founded}`)}</p>`].join(""),
      }];
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title))
    .slice(0, ALLIANCE_FEED_SIZE);
}
