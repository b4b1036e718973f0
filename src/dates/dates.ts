/**
 * Calendar dates as written in content (YYYY-MM-DD, optional HH:MM), formatted without time-zone
 * drift; event times placed in their IANA zone (luxon does the zone arithmetic).
 */
import { DateTime } from "luxon";
import { memoized } from "../memoized.ts";

/** The build's "today": BUILD_DATE (YYYY-MM-DD) for reproducible builds, else the local date. */
export function buildToday(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env.BUILD_DATE?.trim();
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE: found "${fixed}"; expected a date written YYYY-MM-DD`);
    return fixed;
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parts(value: string): { y: number; m: number; d: number; hh?: number; mm?: number } {
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!match) throw new Error(`not a date: ${value}`);
  return {
    y: Number(match[1]),
    m: Number(match[2] ?? 1),
    d: Number(match[3] ?? 1),
    ...(match[4] !== undefined ? { hh: Number(match[4]), mm: Number(match[5]) } : {}),
  };
}

const dayFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });

export function hasTime(value: string): boolean {
  return parts(value).hh !== undefined;
}

/** "November 1, 2026", or "2005" for a bare year. */
export function formatDay(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const { y, m, d } = parts(value);
  return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

const zoneNames = memoized((timeZone: string) => ({
  generic: new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortGeneric" }),
  specific: new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }),
}));

/**
 * "ET", "CT", "MST", "HST", "AST": the short name people read on a U.S. schedule. Where English
 * has none (Guam, American Samoa), the offset: "GMT+10".
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const formats = zoneNames(timeZone);
  const name = (format: Intl.DateTimeFormat) => format.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  const generic = name(formats.generic);
  return /\s/.test(generic) ? name(formats.specific) : generic;
}

/** A language's formatters for an event's day and time (constructing one costs more than formatting). */
const eventFormats = memoized((tag: string) => ({
  day: new Intl.DateTimeFormat(tag, { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" }),
  time: new Intl.DateTimeFormat(tag, { timeZone: "UTC", hour: "numeric", minute: "2-digit" }),
}));

/**
 * "Wednesday, January 20, 2027, 7:00 pm CT" for an event; the zone is required when there is a time.
 * In another language (`tag`, a locale such as es-US: data/i18n `time.locale`), the same with Intl's words:
 * "miércoles, 20 de enero de 2027, 7:00 p.m. CT". Made once per text: every event is shown on its
 * alliance's page, its state's page and the directory, in every language, and each costs a zone lookup.
 */
export const formatEventDate = memoized((value: string, timeZone?: string, tag?: string): string => eventDateText(value, timeZone, tag ?? "en-US"));

function eventDateText(value: string, timeZone: string | undefined, tag: string): string {
  const { y, m, d, hh, mm } = parts(value);
  const english = tag === "en-US";
  const date = new Date(Date.UTC(y, m - 1, d, hh ?? 0, mm ?? 0));
  const formats = eventFormats(tag);
  const day = formats.day.format(date);
  if (hh === undefined) return day;
  if (!timeZone) throw new Error(`an event time needs a time zone: ${value}`);
  const start = zonedStart(value, timeZone);
  const zone = zoneAbbreviationAt(start.toMillis(), timeZone, `${start.year} ${start.offset}`);
  if (!english) return `${day}, ${formats.time.format(date)} ${zone}`;
  const hour = hh % 12 === 0 ? 12 : hh % 12;
  return `${day}, ${hour}:${String(mm).padStart(2, "0")} ${hh < 12 ? "am" : "pm"} ${zone}`;
}

/**
 * A zone's abbreviation for an instant, asked of Intl once per zone, year and UTC offset (standard
 * or daylight time): each event's date is formatted in two languages, and formatToParts is slow.
 */
const zoneAbbreviationAt = memoized(
  (instant: number, timeZone: string, _period: string) => zoneAbbreviation(new Date(instant), timeZone),
  (_instant, timeZone, period) => `${timeZone} ${period}`,
);

/**
 * Each event's start, placed in its zone once: a luxon DateTime in an IANA zone computes its UTC
 * offset with Intl (slow, and a build has one for every event of every alliance), and the view and
 * its words each need it.
 */
const zonedStart = memoized((value: string, timeZone: string): DateTime => {
  const start = DateTime.fromISO(value.replace(" ", "T"), { zone: timeZone });
  if (!start.isValid) throw new Error(`not a date in ${timeZone}: ${value} (${start.invalidExplanation ?? start.invalidReason})`);
  return start;
});

export interface EventTime {
  /** ISO 8601 with the zone's offset, 2027-01-20T19:00:00-06:00; an all-day event's date, 2027-01-20. */
  start: string;
  /** Two hours after a timed start (none is written), kept on the same day; undefined all day. */
  end?: string | undefined;
  allDay: boolean;
  /** The starting instant in ms, for sorting across zones (all day: midnight where it happens, else UTC). */
  instant: number;
  when: string;
  timeZone?: string | undefined;
}

/** An event's date as written, placed in its alliance's zone. */
export function eventTime(value: string, timeZone: string | undefined): EventTime {
  const day = dayOf(value);
  if (!hasTime(value)) {
    const midnight = timeZone ? zonedStart(day, timeZone).toMillis() : Date.parse(`${day}T00:00:00Z`);
    return { start: day, allDay: true, instant: midnight, when: formatEventDate(value), timeZone };
  }
  if (!timeZone) throw new Error(`an event time needs a time zone: ${value}`);
  const start = zonedStart(value, timeZone);
  // Two hours later, or the day's last minute when that is on the next day.
  const later = start.plus({ hours: 2 });
  const end = later.toISODate() === start.toISODate() ? later : start.endOf("day").startOf("minute");
  return {
    start: start.toISO({ suppressMilliseconds: true })!,
    end: end.toISO({ suppressMilliseconds: true })!,
    allDay: false,
    instant: start.toMillis(),
    when: formatEventDate(value, timeZone),
    timeZone,
  };
}

/** The day part, YYYY-MM-DD, for comparisons. */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (value: string) => {
    const { y, m, d } = parts(value);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}
