/** iCalendar (RFC 5545) for alliance events: floating local times, all-day dates, folded lines. */
import type { EventView } from "./view.ts";

function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const width = Buffer.byteLength(char, "utf8");
    if (size + width > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += width;
  }
  out.push(current);
  return out.join("\r\n ");
}

function compact(date: string): string {
  return date.replace(/[-:]/g, "");
}

export interface CalendarEvent {
  uid: string;
  event: EventView;
  organizer: string;
  pageUrl: string;
}

function eventLines(entry: CalendarEvent, stamp: string): string[] {
  const { event } = entry;
  const day = compact(event.date.slice(0, 10));
  const lines = ["BEGIN:VEVENT", `UID:${entry.uid}`, `DTSTAMP:${stamp}`];
  if (event.date.length > 10) {
    const start = `${day}T${compact(event.date.slice(11, 16))}00`;
    const hour = Number(event.date.slice(11, 13));
    // Without a stated end, a meeting is taken to last two hours (clamped to the same day).
    const end = `${day}T${String(Math.min(hour + 2, 23)).padStart(2, "0")}${hour + 2 > 23 ? "59" : event.date.slice(14, 16)}00`;
    lines.push(`DTSTART:${start}`, `DTEND:${end}`);
  } else {
    const next = new Date(`${event.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.place) lines.push(`LOCATION:${escapeText(event.place)}`);
  lines.push(`URL:${event.url ?? entry.pageUrl}`, `DESCRIPTION:${escapeText(`${entry.organizer}: ${entry.pageUrl}`)}`, "END:VEVENT");
  return lines;
}

export function calendar(name: string, entries: CalendarEvent[], stampDate: Date = new Date()): string {
  const stamp = `${stampDate.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Alliance Handbook//Alliance events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    ...entries.flatMap((entry) => eventLines(entry, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
