/**
 * The interface's words in every language (data/i18n/<lang>.yaml, flattened to dotted keys) and
 * the one `t` helper templates and modules use, with numbers, dates and lists formatted by `Intl`
 * for the language. A key with `one`/`other` (or any plural category) children is chosen by count.
 */
import { memoized } from "../memoized.ts";
import { fillPlaceholders } from "../text/placeholders.ts";

// One `Intl` formatter per language tag and options, made on first use: the site formats hundreds
// of thousands of numbers, dates and lists with a handful of formatters.
const pluralRules = memoized((tag: string) => new Intl.PluralRules(tag));
const numberFormat = memoized((tag: string) => new Intl.NumberFormat(tag));
const listFormat = memoized((tag: string) => new Intl.ListFormat(tag, { style: "long", type: "conjunction" }));
const dayFormat = memoized((tag: string) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }));
const languageNames = memoized((tag: string) => new Intl.DisplayNames(tag, { type: "language" }));
const writtenDayFormat = memoized((tag: string) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }));
const writtenMonthFormat = memoized((tag: string) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", month: "long", year: "numeric" }));

/** One language's strings, by dotted key (`nav.handbook`, `count.alliances.one`). */
export type Strings = Readonly<Record<string, string>>;

export interface Catalog {
  /** The language served at the site's root; the others live under /<code>/. */
  defaultLanguage: string;
  /** Every language, the default first (data/site.yaml `languages`). */
  languages: readonly string[];
  strings: Readonly<Record<string, Strings>>;
}

export type Values = Readonly<Record<string, string | number | undefined>>;

/** Nested maps of text → dotted keys; non-text leaves are left to the caller's validation. */
export function flattenStrings(value: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) Object.assign(out, flattenStrings(child, prefix ? `${prefix}.${key}` : key));
  } else if (typeof value === "string") out[prefix] = value;
  return out;
}

/** The BCP 47 tag of a language (`meta.tag`: en-US, es), for `<html lang>`, `Intl` and PDFs. */
export function languageTag(catalog: Catalog, lang: string): string {
  return stringsOf(catalog, lang)["meta.tag"] ?? lang;
}

function stringsOf(catalog: Catalog, lang: string): Strings {
  const strings = catalog.strings[lang];
  if (!strings) throw new Error(`t: no strings for the language "${lang}" (expected one of ${catalog.languages.join(", ")})`);
  return strings;
}

/**
 * `t(catalog, "es", "count.alliances", { count: 3 })` → "3 alianzas". Numbers are formatted for
 * the language. An unknown key is a bug in a template, not in content: it throws.
 */
export function translate(catalog: Catalog, lang: string, key: string, values: Values = {}): string {
  const strings = stringsOf(catalog, lang);
  const tag = languageTag(catalog, lang);
  let text = strings[key];
  if (text === undefined && typeof values.count === "number") {
    const category = pluralRules(tag).select(values.count);
    text = strings[`${key}.${category}`] ?? strings[`${key}.other`];
  }
  if (text === undefined) throw new Error(`t: no string "${key}" in data/i18n/${lang}.yaml`);
  const shown: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(values)) shown[name] = typeof value === "number" ? formatNumber(tag, value) : value;
  return fillPlaceholders(text, shown);
}

export function formatNumber(tag: string, value: number): string {
  return numberFormat(tag).format(value);
}

/** "a, b and c" / "a, b y c". */
export function formatList(tag: string, items: readonly string[]): string {
  return listFormat(tag).format(items);
}

/** "December 12, 2026" / "12 de diciembre de 2026"; a bare year stays as it is. */
export function formatDayIn(tag: string, value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dayFormat(tag).format(date);
}

/** A language's name in the given language: "Spanish" in English, "español" in Spanish. */
export function languageName(tag: string, code: string): string {
  return languageNames(tag).of(code) ?? code;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * A date as data/icc-facts.yaml writes it in English ("17 July 1998", "November 2026", "2026"),
 * in another language: "17 de julio de 1998", "noviembre de 2026". The facts' dates are written
 * once, so they cannot differ between languages; anything else is shown as written.
 */
export function formatWrittenDate(tag: string, text: string): string {
  const match = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  if (!match || month < 0 || tag.startsWith("en")) return text;
  const date = new Date(Date.UTC(Number(match[3]), month, Number(match[1] ?? 1)));
  return (match[1] ? writtenDayFormat(tag) : writtenMonthFormat(tag)).format(date);
}
