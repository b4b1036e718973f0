/**
 * Eleventy plugin: handbook chapters and news (collections, reading aids, the founding checklist,
 * the coalition's contact, and the templates chapter as the founder kit prints it).
 */
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

interface Item {
  url: string;
  fileSlug: string;
  inputPath: string;
  date: Date;
  data: { title: string; order: number; summary: string; date?: string };
}

export function handbookPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("chapters", (api: { getFilteredByGlob(glob: string): Item[] }) =>
    sortChapters(api.getFilteredByGlob("content/handbook/*.md")),
  );
  eleventyConfig.addCollection("news", (api: { getFilteredByGlob(glob: string): Item[] }) =>
    api.getFilteredByGlob("content/news/*.md").sort((a, b) => b.date.getTime() - a.date.getTime()),
  );

  eleventyConfig.addFilter("toc", (html: string) => tableOfContents(html));
  eleventyConfig.addFilter("readingMinutes", (html: string) => readingMinutes(html));
  eleventyConfig.addFilter("neighbours", (chapters: Item[], url: string) => neighbours(chapters, url));
  eleventyConfig.addFilter("lastUpdated", (inputPath: string, updated?: string) => lastUpdated(inputPath, updated));
  eleventyConfig.addFilter("inlineChapter", (html: string, slug: string, chapters: Item[]) =>
    inlineChapter(html, slug, new Set(chapters.map((chapter) => chapter.fileSlug))),
  );

  eleventyConfig.addShortcode("foundingChecklist", function (this: { ctx?: { foundingChecklist?: FoundingChecklist } }) {
    const items = this.ctx?.foundingChecklist ?? [];
    const rows = items.map((item) => `<li><strong>${escapeHtml(item.task)}.</strong> ${escapeHtml(item.detail)}</li>`);
    return `<ol class="founding-checklist">\n${rows.join("\n")}\n</ol>`;
  });

  // The organizational meeting's agenda, as the founder kit prints it (data/agendas.yaml).
  eleventyConfig.addShortcode("modelAgenda", function (this: { ctx?: { agendas?: Agendas } }) {
    const agendas = this.ctx?.agendas;
    if (!agendas) throw new Error("modelAgenda: no agendas in the site data");
    return modelAgendaMarkdown(organizationalAgenda(agendas));
  });

  // Wherever a chapter or a kit sends a founder to the secretariat: `{% coalitionContact %}` for a
  // block with the fallbacks, `{% coalitionContact "line" %}` for one line.
  eleventyConfig.addShortcode("coalitionContact", function (this: { ctx?: { site?: SiteConfig } }, form?: string) {
    const coalition = this.ctx?.site?.coalition;
    if (!coalition) throw new Error("coalitionContact: no site data (data/site.yaml's coalition)");
    return form === "line" ? coalitionContactLine(coalition) : coalitionContactBlock(coalition);
  });

  // A chapter for a printed kit: found by its file name, its headings as in the handbook PDF,
  // links made absolute, and "[placeholders]" printed as blanks to fill in.
  eleventyConfig.addFilter("kitChapter", (chapters: (Item & { templateContent: string })[], slug: string, siteUrl: string) => {
    const chapter = chapters.find((candidate) => candidate.fileSlug === slug);
    if (!chapter) throw new Error(`kitChapter: no chapter content/handbook/${slug}.md`);
    return printBlanks(printChapter(chapter.templateContent, slug, new Set(), siteUrl));
  });
}
