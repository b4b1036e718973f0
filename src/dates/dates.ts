/** Calendar dates as written in content (YYYY-MM-DD, optional HH:MM), formatted without time-zone drift. */

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
const weekdayFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" });

export function hasTime(value: string): boolean {
  return parts(value).hh !== undefined;
}

/** "November 1, 2026", or "2005" for a bare year. */
export function formatDay(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const { y, m, d } = parts(value);
  return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Wednesday, January 20, 2027, 7:00 pm" for an event. */
export function formatEventDate(value: string): string {
  const { y, m, d, hh, mm } = parts(value);
  const day = weekdayFormat.format(new Date(Date.UTC(y, m - 1, d)));
  if (hh === undefined) return day;
  const hour = hh % 12 === 0 ? 12 : hh % 12;
  return `${day}, ${hour}:${String(mm).padStart(2, "0")} ${hh < 12 ? "am" : "pm"}`;
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
