/**
 * iCalendar (RFC 5545) for alliance events: timed events in their alliance's IANA zone (TZID, with
 * a VTIMEZONE from timezones-ical-library for every zone used), dates without a time as all-day
 * events, DTSTAMP from the build's date so builds are reproducible. Written here, line by line:
 * the site has a calendar per alliance with events (1,600 at 2,000 alliances), and a general
 * calendar library spent a millisecond on each, mostly measuring every character's UTF-8 length
 * with a new TextEncoder to fold its lines.
 */
import { tzlib_get_ical_block } from "timezones-ical-library";
import { memoized } from "../memoized.ts";
import type { EventView } from "./view.ts";

export interface CalendarEvent {
  uid: string;
  event: EventView;
  organizer: string;
  pageUrl: string;
}

const CRLF = "\r\n";

/** Each zone's VTIMEZONE, as lines, made once: the library rebuilds it on every call (~0.3 ms), for each calendar. */
const vtimezone = memoized((zone: string): string[] => {
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || !block[0]) throw new Error(`no VTIMEZONE for the time zone ${zone}`);
  return block[0].trim().split(/\r?\n/);
});

/** A TEXT value (§3.3.11): backslashes, semicolons and commas escaped, line breaks as \n. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A UTF-16 code unit's share of its character's UTF-8 octets (a surrogate pair's two halves: 2 + 2). */
function octets(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
}

/**
 * A content line folded (§3.1): a CRLF and a space before the character that would take a line
 * past 74 octets (75 with the space), never inside a character.
 */
function fold(line: string): string {
  let folded = "";
  let start = 0;
  let length = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    const size = pair ? 4 : octets(code);
    length += size;
    if (length > 74) {
      folded += `${line.slice(start, i)}${CRLF} `;
      start = i;
      length = size;
    }
    if (pair) i++;
  }
  return folded + line.slice(start);
}

/** An ISO date-time with the zone's offset (2027-01-20T19:00:00-06:00) as its local time there: 20270120T190000. */
const localTime = (iso: string) => iso.slice(0, 19).replace(/[-:]/g, "");

function eventLines({ uid, event, organizer, pageUrl }: CalendarEvent, stamp: string): string[] {
  const timing = event.allDay
    ? [`DTSTART;VALUE=DATE:${event.start.replace(/-/g, "")}`, "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE"]
    : [`DTSTART;TZID=${event.timeZone}:${localTime(event.start)}`, ...(event.end ? [`DTEND;TZID=${event.timeZone}:${localTime(event.end)}`] : [])];
  return [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "SEQUENCE:0",
    `DTSTAMP:${stamp}`,
    ...timing,
    `SUMMARY:${text(event.title)}`,
    ...(event.place ? [`LOCATION:${text(event.place)}`] : []),
    `DESCRIPTION:${text(`${organizer}: ${pageUrl}`)}`,
    `URL;VALUE=URI:${event.url ?? pageUrl}`,
    "END:VEVENT",
  ];
}

/** The whole calendar, every line ending in CRLF (the last one included), folded at 75 octets. */
export function calendar(name: string, entries: CalendarEvent[], today: string): string {
  // No calendar-wide zone (a national calendar mixes them): each event names its own, and each zone used has its VTIMEZONE.
  const zones = [...new Set(entries.flatMap(({ event }) => (event.allDay || !event.timeZone ? [] : [event.timeZone])))];
  const stamp = `${today.replace(/-/g, "")}T000000Z`;
  // NAME (RFC 7986) is read as written by calendar apps (not unescaped): only a line break could harm it.
  const title = name.replace(/[\r\n]+/g, " ");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Alliance Handbook//Alliance events//EN",
    "METHOD:PUBLISH",
    `NAME:${title}`,
    `X-WR-CALNAME:${title}`,
    ...zones.flatMap(vtimezone),
    ...entries.flatMap((entry) => eventLines(entry, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join(CRLF)}${CRLF}`;
}
