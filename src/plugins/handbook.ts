/**
 * Eleventy plugin: handbook chapters and news (collections, reading aids, the founding checklist,
 * the coalition's contact, and the templates chapter as the founder kit prints it).
 */
import { statSync } from "node:fs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { coalitionContactBlock, coalitionContactLine } from "../handbook/coalition-contact.ts";
import { inlineChapter, readingMinutes, tableOfContents } from "../handbook/contents.ts";
import { lastUpdated } from "../handbook/last-updated.ts";
import { neighbours, sortChapters } from "../handbook/navigation.ts";
import { organizationalAgenda } from "../kits/agendas.ts";
import { modelAgendaMarkdown } from "../handbook/model-agenda.ts";
import { printChapter } from "../kits/handbook.ts";
import { printBlanks } from "../kits/template-blanks.ts";
import type { Agendas, FoundingChecklist, SiteConfig } from "../site/schema.ts";
import { escapeHtml } from "../text/escape.ts";
import type { I18n } from "../i18n/i18n.ts";
import { untranslatedOf, withFallbacks, type CollectionItem, type Localized } from "../i18n/fallback-collection.ts";
import { localizeLinks } from "../i18n/localize-links.ts";

type Item = CollectionItem<{ title: string; order: number; summary: string; date?: string; updated?: string; i18n?: I18n }>;

interface CollectionApi {
  getFilteredByGlob(glob: string): Item[];
}

const newestFirst = <T extends { date: Date; url: string }>(posts: readonly T[]): T[] =>
  [...posts].sort((a, b) => b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url));

/** Each language's chapters, the untranslated ones standing in (see src/i18n/fallback-collection.ts). */
function chaptersByLanguage(api: CollectionApi): Record<string, Localized<Item["data"]>[]> {
  const originals = sortChapters(api.getFilteredByGlob("content/handbook/*.md"));
  const i18n = originals[0]?.data.i18n;
  if (!i18n) return {};
  return withFallbacks(originals, (lang) => api.getFilteredByGlob(`content/${lang}/handbook/*.md`), i18n, sortChapters);
}

/** Each language's news, newest first, the untranslated posts standing in. */
function newsByLanguage(api: CollectionApi): Record<string, Localized<Item["data"]>[]> {
  const originals = newestFirst(api.getFilteredByGlob("content/news/*.md"));
  const i18n = originals[0]?.data.i18n;
  if (!i18n) return {};
  return withFallbacks(originals, (lang) => api.getFilteredByGlob(`content/${lang}/news/*.md`), i18n, newestFirst);
}

/** What a shortcode reads of its page: the page's language and each language's prose data. */
interface PageTexts {
  lang?: string;
  i18n?: I18n;
  textsByLanguage?: Readonly<Record<string, { foundingChecklist: FoundingChecklist; agendas: Agendas }>>;
}

const textsOf = (ctx: PageTexts | undefined) => (ctx?.lang ? ctx.textsByLanguage?.[ctx.lang] : undefined);

export function handbookPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("chapters", (api: CollectionApi) => sortChapters(api.getFilteredByGlob("content/handbook/*.md")));
  // Each language's handbook: its translated chapters, and the default language's chapters it
  // has not translated yet (each at its address in the language, from content/handbook/untranslated.njk).
  eleventyConfig.addCollection("chaptersByLanguage", (api: CollectionApi) => chaptersByLanguage(api));
  eleventyConfig.addCollection("untranslatedChapters", (api: CollectionApi) => untranslatedOf(chaptersByLanguage(api)));
  eleventyConfig.addCollection("news", (api: CollectionApi) => newestFirst(api.getFilteredByGlob("content/news/*.md")));
  // The same for news (content/<lang>/news/, content/news/untranslated.njk).
  eleventyConfig.addCollection("newsByLanguage", (api: CollectionApi) => newsByLanguage(api));
  eleventyConfig.addCollection("untranslatedNews", (api: CollectionApi) => untranslatedOf(newsByLanguage(api)));

  eleventyConfig.addFilter("toc", (html: string) => tableOfContents(html));
  eleventyConfig.addFilter("readingMinutes", (html: string) => readingMinutes(html));
  eleventyConfig.addFilter("neighbours", (chapters: Item[], url: string) => neighbours(chapters, url));
  // `npm start` renders the chapters again at every rebuild: git is asked once per version of a file
  // (by its modification time), not at every rebuild (a git call takes ~50 ms, and there are dozens).
  const dates = new Map<string, string>();
  eleventyConfig.addFilter("lastUpdated", (inputPath: string, updated?: string) => {
    const key = `${inputPath}\0${updated ?? ""}\0${statSync(inputPath).mtimeMs}`;
    const date = dates.get(key) ?? lastUpdated(inputPath, updated);
    dates.set(key, date);
    return date;
  });
  eleventyConfig.addFilter("inlineChapter", (html: string, slug: string, chapters: Item[]) =>
    inlineChapter(html, slug, new Set(chapters.map((chapter) => chapter.fileSlug))),
  );

  eleventyConfig.addShortcode("foundingChecklist", function (this: { ctx?: PageTexts }) {
    const items = textsOf(this.ctx)?.foundingChecklist ?? [];
    const rows = items.map((item) => `<li><strong>${escapeHtml(item.task)}.</strong> ${escapeHtml(item.detail)}</li>`);
    return `<ol class="founding-checklist">\n${rows.join("\n")}\n</ol>`;
  });

  // The organizational meeting's agenda, as the founder kit prints it (data/agendas.yaml).
  eleventyConfig.addShortcode("modelAgenda", function (this: { ctx?: PageTexts }) {
    const agendas = textsOf(this.ctx)?.agendas;
    const i18n = this.ctx?.i18n;
    const lang = this.ctx?.lang;
    if (!agendas || !i18n || !lang) throw new Error("modelAgenda: no agendas in the site data");
    return modelAgendaMarkdown(organizationalAgenda(agendas), {
      minutes: (count) => i18n.t(lang, "agenda.minutes", { count }),
      total: (minutes) => i18n.t(lang, "agenda.total", { minutes }),
    });
  });

  // Wherever a chapter or a kit sends a founder to the secretariat: `{% coalitionContact %}` for a
  // block with the fallbacks, `{% coalitionContact "line" %}` for one line.
  eleventyConfig.addShortcode("coalitionContact", function (this: { ctx?: { site?: SiteConfig } & PageTexts }, form?: string) {
    const coalition = this.ctx?.site?.coalition;
    const i18n = this.ctx?.i18n;
    const lang = this.ctx?.lang;
    if (!coalition || !i18n || !lang) throw new Error("coalitionContact: no site data (data/site.yaml's coalition)");
    const word = (key: string) => i18n.t(lang, `coalition.${key}`);
    const words = { email: word("email"), web: word("web"), secretariat: word("secretariat"), fallback: word("fallback") };
    return form === "line" ? coalitionContactLine(coalition, words) : coalitionContactBlock(coalition, words);
  });

  // A chapter for a printed kit: found by its file name, its headings as in the handbook PDF,
  // links made absolute, and "[placeholders]" printed as blanks to fill in.
  // An untranslated chapter prints its original's text.
  // Its links to the rest of the site lead to the pages in the kit's language.
  eleventyConfig.addFilter("kitChapter", function (this: { ctx?: PageTexts }, chapters: Localized<Item["data"]>[], slug: string, siteUrl: string) {
    const chapter = chapters.find((candidate) => candidate.fileSlug === slug);
    if (!chapter) throw new Error(`kitChapter: no chapter content/handbook/${slug}.md`);
    const i18n = this.ctx?.i18n;
    const lang = this.ctx?.lang;
    if (!i18n || !lang) throw new Error("kitChapter: no `i18n` or `lang` in the page's data");
    const html = ("original" in chapter ? chapter.original : chapter).templateContent ?? "";
    const localize = (text: string) => localizeLinks(text, lang, i18n.catalog.defaultLanguage);
    return printBlanks(printChapter(html, slug, new Set(), siteUrl, localize));
  });
}
