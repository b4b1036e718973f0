/** Field schemas shared by every kind of content: plain text, links, dates. */
import { z } from "zod";

/** `what` names the text where a value of another type is found ("a county name" rather than "text"). */
export const plainText = (min: number, max: number, what?: string) =>
  z
    .string(what ? { error: (issue) => (issue.code === "invalid_type" ? what : undefined) } : undefined)
    .trim()
    .min(min)
    .max(max);

const HTTP = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$|^https?:\/\/localhost(?::\d+)?(?:[/?#]\S*)?$/i;

/** Links from data: http(s) only, so a `javascript:` URL can never reach a page. */
export const httpUrl = z.string().trim().refine((value) => HTTP.test(value) && URL.canParse(value), {
  message: "an http:// or https:// address such as https://example.org/page",
});

export const email = z
  .string()
  .trim()
  .regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i, { message: "an email address such as name@example.org" });

export const phone = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\+?[\d\s().-]{7,20}$/.test(value) && /\d{7,}/.test(value.replace(/\D/g, "")), {
    message: 'a phone number such as "612-555-0199" (digits, spaces, dashes, dots, parentheses, leading +)',
  });

/** True when y-m-d names a day that exists (rejects 2026-02-30 and 2026-13-45). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function realDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return !!match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const isoDate = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && realDay(value), {
    message: "a real calendar date written YYYY-MM-DD, such as 2026-11-01",
  });

/** YYYY or YYYY-MM-DD; YAML reads a bare year as a number, so accept that too. */
export const yearOrDate = z
  .union([z.string(), z.number()])
  .transform((value) => String(value))
  .refine((value) => /^\d{4}$/.test(value) || (/^\d{4}-\d{2}-\d{2}$/.test(value) && realDay(value)), {
    message: "a year (YYYY) or a real calendar date (YYYY-MM-DD)",
  });

/** A local date with an optional time: 2027-01-20 or 2027-01-20T19:00. */
export const localDateTime = z.string().refine(
  (value) => {
    const match = /^\d{4}-\d{2}-\d{2}(?:[T ](\d{2}):(\d{2}))?$/.exec(value);
    return !!match && realDay(value) && (match[1] === undefined || (Number(match[1]) < 24 && Number(match[2]) < 60));
  },
  { message: "a real date YYYY-MM-DD, optionally with a local time as YYYY-MM-DDTHH:MM (24-hour)" },
);

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
