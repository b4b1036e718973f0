/**
 * iCalendar (RFC 5545) for alliance events, written by ical-generator: timed events in their
 * alliance's IANA zone (TZID, with a VTIMEZONE from timezones-ical-library for every zone used),
 * dates without a time as all-day events, DTSTAMP from the build's date so builds are reproducible.
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { EventView } from "./view.ts";

export interface CalendarEvent {
  uid: string;
  event: EventView;
  organizer: string;
  pageUrl: string;
}

/** Each zone's VTIMEZONE, made once: the library rebuilds it on every call (~0.3 ms), for each calendar. */
const vtimezones = new Map<string, string>();

function vtimezone(zone: string): string {
  let made = vtimezones.get(zone);
  if (made === undefined) {
    const block = tzlib_get_ical_block(zone);
    if (!Array.isArray(block) || !block[0]) throw new Error(`no VTIMEZONE for the time zone ${zone}`);
    made = block[0];
    vtimezones.set(zone, made);
  }
  return made;
}

/** The whole calendar, every line ending in CRLF (the last one included), folded at 75 octets. */
export function calendar(name: string, entries: CalendarEvent[], today: string): string {
  const cal = ical({ name, prodId: { company: "Alliance Handbook", product: "Alliance events", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  // No calendar-wide zone (a national calendar mixes them): each event names its own.
  cal.timezone({ name: null, generator: vtimezone });
  const stamp = DateTime.fromISO(today, { zone: "utc" });
  for (const { uid, event, organizer, pageUrl } of entries) {
    const timing = event.allDay
      ? { start: event.start, allDay: true }
      : {
          // luxon DateTimes in the event's zone: ical-generator then writes DTSTART;TZID=zone:local time.
          start: DateTime.fromISO(event.start, { zone: event.timeZone }),
          end: DateTime.fromISO(event.end!, { zone: event.timeZone }),
          timezone: event.timeZone ?? null,
        };
    cal.createEvent({
      id: uid,
      stamp,
      ...timing,
      summary: event.title,
      location: event.place ?? null,
      url: event.url ?? pageUrl,
      description: `${organizer}: ${pageUrl}`,
    });
  }
  return `${cal.toString()}\r\n`;
}
