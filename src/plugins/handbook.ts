/** Eleventy plugin: handbook chapters and news (collections, reading aids, the founding checklist). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { inlineChapter, readingMinutes, tableOfContents } from "../handbook/contents.ts";
import { lastUpdated } from "../handbook/last-updated.ts";
import { neighbours, sortChapters } from "../handbook/navigation.ts";
import { organizationalAgenda } from "../kits/agendas.ts";
import { modelAgendaMarkdown } from "../handbook/model-agenda.ts";
import type { Agendas, FoundingChecklist } from "../site/schema.ts";
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
}
