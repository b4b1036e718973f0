/**
 * The files every alliance has besides its page: its embeddable card in every language, its
 * calendar, and its packet's print page in each of its own languages. At 5,000 alliances they are
 * 19,000 of the site's 29,000 files, and none is a page of the site's collections (no sitemap entry,
 * no search body). As Eleventy templates, paged one file at a time, each cost about a millisecond of
 * Eleventy's own work (data cascade, pagination, bookkeeping) and stayed in its memory until the
 * build ended; here they are rendered with Eleventy's own Nunjucks environment (the same layouts,
 * filters and shortcodes), from the same global data and collections its pages get, and written
 * one at a time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { allianceCalendar } from "../alliances/exports.ts";
import { globalData, type SiteModel } from "../site/model.ts";
import { outputFile, urls } from "../urls.ts";

/** What is used of a Nunjucks environment: its templates, by name under layouts/, compiled once. */
export interface TemplateEnvironment {
  getTemplate(name: string, eagerCompile: true): { render(context: object): string };
}

export interface AllianceFilesInput {
  environment: TemplateEnvironment;
  model: SiteModel;
  /** The collections Eleventy gave its pages (the templates piece and the link previews read the chapters). */
  collections: unknown;
  output: string;
  /** The HTML of the page at `url` as Eleventy would write it (with the site's path in front of its addresses). */
  finishHtml: (html: string, url: string) => string | Promise<string>;
}

/** The layouts the files are rendered from. */
const CARD_LAYOUT = "directory/alliance-card.njk";
const PACKET_LAYOUT = "kits/alliance-packet.njk";

/** Writes the model's cards, calendars and print pages (`model.localizedPages`) into `output`; returns how many files. */
export async function writeAllianceFiles({ environment, model, collections, output, finishHtml }: AllianceFilesInput): Promise<number> {
  const globals = { ...globalData(model), collections };
  const { i18n, localizedPages, data, today } = model;
  const folders = new Set<string>();
  let written = 0;
  const write = (url: string, text: string) => {
    const file = path.join(output, outputFile(url));
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, text);
    written++;
  };
  const render = async (layout: string, url: string, data: object) => {
    let html: string;
    try {
      html = environment.getTemplate(layout, true).render({ ...globals, page: { url }, ...data });
    } catch (error) {
      throw new Error(`rendering ${url} (layouts/${layout}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    write(url, await finishHtml(html, url));
  };

  for (const { lang, alliance } of localizedPages.cards) {
    const values = { alliance: alliance.name };
    await render(CARD_LAYOUT, i18n.localized(urls.allianceCard(alliance.slug), lang), {
      lang,
      alliance,
      multilingual: true,
      title: i18n.t(lang, "card.title", values),
      description: i18n.t(lang, "card.description", values),
    });
  }
  for (const { lang, alliance } of localizedPages.packets) {
    await render(PACKET_LAYOUT, i18n.localized(urls.alliancePacketPrint(alliance.slug), lang), { lang, alliance });
  }
  for (const alliance of localizedPages.calendars) write(urls.allianceCalendar(alliance.slug), allianceCalendar(alliance, data.site.url, today));
  return written;
}
