/**
 * Eleventy plugin: the site in several languages. `t` (a filter) translates an interface key in
 * the page's language (`lang`, default the site's first language), `localized` puts a page's
 * address in the page's language, `languageLinks` gives the page's hreflang alternates and the
 * language switch, and the dates, numbers and lists filters format with `Intl` for the language.
 * JavaScript front matter (permalinks, titles) uses the same functions through the `i18n` global.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatEventDate } from "../dates/dates.ts";
import type { I18n } from "../i18n/i18n.ts";
import { localizeLinks } from "../i18n/localize-links.ts";
import { formatDayIn, formatList, formatWrittenDate, formatNumber, languageName, type Values } from "../i18n/translate.ts";

/** What a filter sees of the page it renders (Nunjucks calls filters with its context). */
interface FilterThis {
  ctx?: { lang?: string; i18n?: I18n };
}

function i18nOf(self: FilterThis): { i18n: I18n; lang: string } {
  const i18n = self.ctx?.i18n;
  if (!i18n) throw new Error("i18n: no `i18n` in the page's data (the site model hands it in)");
  return { i18n, lang: self.ctx?.lang ?? i18n.catalog.defaultLanguage };
}

export function i18nPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("t", function (this: FilterThis, key: string, values?: Values) {
    const { i18n, lang } = i18nOf(this);
    return i18n.t(lang, key, values);
  });
  eleventyConfig.addFilter("localized", function (this: FilterThis, address: string) {
    const { i18n, lang } = i18nOf(this);
    return i18n.localized(address, lang);
  });
  eleventyConfig.addFilter("localizeLinks", function (this: FilterThis, html: string) {
    const { i18n, lang } = i18nOf(this);
    return localizeLinks(html, lang, i18n.catalog.defaultLanguage);
  });
  eleventyConfig.addFilter("languageTag", function (this: FilterThis, lang: string) {
    return i18nOf(this).i18n.tag(lang);
  });
  eleventyConfig.addFilter("languageLinks", function (this: FilterThis, pageUrl: string, multilingual: boolean) {
    return i18nOf(this).i18n.languageLinks(pageUrl, Boolean(multilingual));
  });
  // The language an alliance's own words are in, when it is not the page's (for a `lang` attribute).
  eleventyConfig.addFilter("ownLanguage", function (this: FilterThis, languages: readonly string[]) {
    const { i18n, lang } = i18nOf(this);
    const own = languages[0];
    return own && own !== lang ? i18n.tag(own) : "";
  });
  // A language's name in the page's language ("Spanish", "español"), by Intl.
  eleventyConfig.addFilter("languageName", function (this: FilterThis, code: string) {
    const { i18n, lang } = i18nOf(this);
    return languageName(i18n.tag(lang), code);
  });
  eleventyConfig.addFilter("languageNames", function (this: FilterThis, codes: readonly string[]) {
    const { i18n, lang } = i18nOf(this);
    return codes.map((code) => languageName(i18n.tag(lang), code));
  });
  eleventyConfig.addFilter("localDay", function (this: FilterThis, value: string | Date) {
    const { i18n, lang } = i18nOf(this);
    return formatDayIn(i18n.tag(lang), value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  });
  eleventyConfig.addFilter("writtenDate", function (this: FilterThis, text: string) {
    const { i18n, lang } = i18nOf(this);
    return formatWrittenDate(i18n.tag(lang), String(text));
  });
  // An event's date and time as the page's language writes them (English: the view's own `when`).
  eleventyConfig.addFilter("eventWhen", function (this: FilterThis, event: { date: string; timeZone?: string | undefined }) {
    const { i18n, lang } = i18nOf(this);
    return formatEventDate(event.date, event.timeZone, i18n.timeLocale(lang));
  });
  // A name prepared in every language (a state's `names`, an alliance's `places`), in the page's.
  eleventyConfig.addFilter("inPageLanguage", function (this: FilterThis, names: Readonly<Record<string, string>>) {
    const { i18n, lang } = i18nOf(this);
    return names[lang] ?? names[i18n.catalog.defaultLanguage] ?? "";
  });
  // States in the page's alphabetical order of their names there (Nueva York under N).
  eleventyConfig.addFilter("byPageName", function <T extends { names: Readonly<Record<string, string>> }>(this: FilterThis, items: readonly T[]) {
    const { i18n, lang } = i18nOf(this);
    const collator = new Intl.Collator(i18n.tag(lang));
    const name = (item: T) => item.names[lang] ?? "";
    return [...items].sort((a, b) => collator.compare(name(a), name(b)));
  });
  eleventyConfig.addFilter("number", function (this: FilterThis, value: number) {
    const { i18n, lang } = i18nOf(this);
    return formatNumber(i18n.tag(lang), value);
  });
  eleventyConfig.addFilter("list", function (this: FilterThis, items: string[]) {
    const { i18n, lang } = i18nOf(this);
    return formatList(i18n.tag(lang), items);
  });
}
