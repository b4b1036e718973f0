/**
 * The site's languages as the templates and the kits use them, made once per build from the
 * checked catalog: translate, put an address in a language, list a page's alternates.
 */
import { memoized } from "../memoized.ts";
import { inLanguage, languageOf } from "../urls.ts";
import type { MapWords } from "../alliances/map.ts";
import type { PlaceWords } from "../alliances/view.ts";
import type { StatesTable } from "../site/schema.ts";
import { formatList, languageTag, translate, type Catalog, type Values } from "./translate.ts";

export interface LanguageLink {
  lang: string;
  tag: string;
  /** The language's own name for itself (`Español`). */
  name: string;
  url: string;
  current: boolean;
}

export interface I18n {
  catalog: Catalog;
  t(lang: string, key: string, values?: Values): string;
  localized(address: string, lang: string): string;
  tag(lang: string): string;
  /** The locale clock times are written in (`time.locale`: en-US, es-US), which may name a region the tag leaves out. */
  timeLocale(lang: string): string;
  /** The page in each language; a page that exists in one language only links the others' home pages. */
  languageLinks(pageUrl: string, multilingual: boolean): LanguageLink[];
}

export function makeI18n(catalog: Catalog): I18n {
  const { defaultLanguage, languages } = catalog;
  const localized = (address: string, lang: string) => inLanguage(address, lang, defaultLanguage);
  // Templates ask for the same few hundred strings on every page (~200 lookups a page): a string
  // without values is translated once per language.
  const plain = memoized((lang: string, key: string) => translate(catalog, lang, key));
  return Object.freeze({
    catalog,
    t: (lang: string, key: string, values?: Values): string => (values ? translate(catalog, lang, key, values) : plain(lang, key)),
    localized,
    tag: (lang: string) => languageTag(catalog, lang),
    timeLocale: (lang: string) => translate(catalog, lang, "time.locale"),
    languageLinks(pageUrl: string, multilingual: boolean): LanguageLink[] {
      const here = languageOf(pageUrl, languages);
      return languages.map((lang) => ({
        lang,
        tag: languageTag(catalog, lang),
        name: translate(catalog, lang, "meta.name"),
        url: lang === here.lang ? pageUrl : localized(multilingual ? here.address : "/", lang),
        current: lang === here.lang,
      }));
    },
  });
}


/** How a language writes an alliance's area, with its own names of the states. */
export function placeWordsIn(i18n: I18n, lang: string, states: StatesTable): PlaceWords {
  const tag = i18n.tag(lang);
  return {
    lang,
    stateName: (code) => states[code]?.name ?? code,
    list: (names) => formatList(tag, names),
    t: (key, values) => i18n.t(lang, key, values),
  };
}

/** The directory map's words and links in a language. */
export function mapWordsIn(i18n: I18n, lang: string): MapWords {
  return {
    lang,
    t: (key, values) => i18n.t(lang, key, values),
    list: (names) => formatList(i18n.tag(lang), names),
    localized: (address) => i18n.localized(address, lang),
  };
}
