/** Machine-readable views of the directory: JSON, GeoJSON, iCalendar and schema.org JSON-LD. */
import { calendar, type CalendarEvent } from "./ics.ts";
import type { Directory } from "./directory.ts";
import type { AllianceView } from "./view.ts";

export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl}${path}`;
}

/** JSON safe inside a <script> element: `<` can never close it. */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function publicRecord(view: AllianceView, siteUrl: string) {
  const { storyHtml: _html, storyText: _text, slug, file: _file, ...fields } = view.source;
  return {
    slug,
    url: absolute(siteUrl, view.url),
    ...fields,
    place: view.place,
    point: view.point ? { lat: view.point.lat, lon: view.point.lon, source: view.point.source } : null,
    kit: absolute(siteUrl, view.kitUrl),
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

export function allianceCalendar(view: AllianceView, siteUrl: string): string {
  return calendar(view.name, calendarEntries(view, siteUrl));
}

export function upcomingCalendar(directory: Directory, siteUrl: string, title: string): string {
  return calendar(
    `${title}: upcoming alliance events`,
    directory.upcomingEvents.flatMap(({ event, alliance }) => calendarEntries(alliance, siteUrl, [event])),
  );
}

export function allianceJsonLd(view: AllianceView, siteUrl: string): string {
  const { contact } = view;
  return scriptSafeJson({
    "@context": "https://schema.org",
    "@type": "Organization",
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
    event: view.upcoming.map((event) => ({
      "@type": "Event",
      name: event.title,
      startDate: event.date,
      ...(event.place ? { location: { "@type": "Place", name: event.place } } : {}),
      ...(event.url ? { url: event.url } : {}),
    })),
  });
}
