/**
 * A collection in every language (handbook chapters, news posts): in the default language its
 * originals; in each other language its translations (same file name in content/<lang>/…), and in
 * place of each original not translated yet a stand-in at the language's address that shows the
 * original's text (with a notice), so no link in that language is broken.
 */
import type { I18n } from "./i18n.ts";

/** What Eleventy gives of a collection item (chapters and posts alike). */
export interface CollectionItem<Data> {
  url: string;
  fileSlug: string;
  inputPath: string;
  date: Date;
  templateContent?: string;
  data: Data;
}

/** An original shown in a language it is not written in: its text at the language's address. */
export interface Untranslated<Data> {
  untranslated: true;
  lang: string;
  url: string;
  fileSlug: string;
  inputPath: string;
  date: Date;
  data: Data;
  /** The item it shows: its `templateContent` (Eleventy fills that in on collection items itself). */
  original: CollectionItem<Data>;
}

export type Localized<Data> = CollectionItem<Data> | Untranslated<Data>;

export function withFallbacks<Data>(
  originals: readonly CollectionItem<Data>[],
  translationsIn: (lang: string) => readonly CollectionItem<Data>[],
  i18n: I18n,
  sort: (items: Localized<Data>[]) => Localized<Data>[],
): Record<string, Localized<Data>[]> {
  const { defaultLanguage, languages } = i18n.catalog;
  const byLanguage: Record<string, Localized<Data>[]> = { [defaultLanguage]: [...originals] };
  for (const lang of languages.slice(1)) {
    const translated = new Map(translationsIn(lang).map((item) => [item.fileSlug, item]));
    const items: Localized<Data>[] = originals.map((original) => {
      const translation = translated.get(original.fileSlug);
      if (translation) return translation;
      const { url, fileSlug, inputPath, date, data } = original;
      return { untranslated: true, lang, url: i18n.localized(url, lang), fileSlug, inputPath, date, data, original };
    });
    // An item written only in this language has its place too.
    const extra = [...translated.values()].filter((item) => !originals.some((original) => original.fileSlug === item.fileSlug));
    byLanguage[lang] = sort([...items, ...extra]);
  }
  return byLanguage;
}

/** Every stand-in of every language (for the template that renders them). */
export function untranslatedOf<Data>(byLanguage: Record<string, Localized<Data>[]>): Untranslated<Data>[] {
  return Object.values(byLanguage).flatMap((items) => items.filter((item): item is Untranslated<Data> => "untranslated" in item));
}
