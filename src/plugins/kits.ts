/**
 * Eleventy plugin: the printable kits' filters and `{% fill %}` for the print pages and /kits/ (a kit of the
 * model's plan, each packet's contents, QR codes, the handbook's print chapters).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { AllianceView } from "../alliances/view.ts";
import { printChapter } from "../kits/handbook.ts";
import { packetView } from "../kits/packet.ts";
import { pieceTemplate, piecesOf, type PacketKind } from "../kits/pieces.ts";
import { kitId, type Kit, type KitPlan } from "../kits/plan.ts";
import type { I18n } from "../i18n/i18n.ts";
import { qrSvg } from "../kits/qr.ts";
import { localizeLinks } from "../i18n/localize-links.ts";
import { fillHtml } from "../kits/template-blanks.ts";
import type { Agendas, KitPiece, SiteConfig } from "../site/schema.ts";

/** What a filter sees of its page: its language and the site's languages. */
interface PageThis {
  ctx?: { lang?: string; i18n?: I18n };
}

function languageOf(self: PageThis): { i18n: I18n; lang: string } {
  const i18n = self.ctx?.i18n;
  if (!i18n) throw new Error("kits: no `i18n` in the page's data");
  return { i18n, lang: self.ctx?.lang ?? i18n.catalog.defaultLanguage };
}

interface Chapter {
  fileSlug: string;
}

export function kitsPlugin(eleventyConfig: UserConfig): void {
  // The kit of a slug in the page's language.
  eleventyConfig.addFilter("kitFor", function (this: PageThis, slug: string, kitsById: ReadonlyMap<string, Kit>) {
    const { i18n, lang } = languageOf(this);
    const id = kitId(slug, lang, i18n.catalog.defaultLanguage);
    const kit = kitsById.get(id);
    if (!kit) throw new Error(`no kit "${id}" in the plan`);
    return kit;
  });
  eleventyConfig.addFilter("kitPlanJson", (plan: KitPlan) => `${JSON.stringify(plan, null, 2)}\n`);
  // The founder kit passes `none`: no alliance yet, so every detail is a blank.
  eleventyConfig.addFilter("packet", function (this: PageThis, alliance: AllianceView | null, site: SiteConfig, agendas: Agendas) {
    const { i18n, lang } = languageOf(this);
    return packetView(alliance ?? undefined, site, agendas, { lang, localized: (address) => i18n.localized(address, lang), timeLocale: i18n.timeLocale(lang) });
  });
  // The pieces of a packet (data/kits.yaml), each printed from its template.
  eleventyConfig.addFilter("piecesOf", (pieces: KitPiece[], kind: PacketKind) => piecesOf(pieces, kind));
  eleventyConfig.addFilter("pieceTemplate", (piece: KitPiece) => pieceTemplate(piece.id));
  eleventyConfig.addFilter("qrSvg", function (this: PageThis, text: string) {
    const { i18n, lang } = languageOf(this);
    return qrSvg(text, i18n.t(lang, "qr.label", { url: text }));
  });
  // A piece's value, or a ruled blank to write it in: `{% fill packet.meetings, "kit.blank_meetings" | t, "wide", "meetings" %}`.
  eleventyConfig.addNunjucksShortcode("fill", (value: string | null | undefined, caption: string, size?: string, field?: string) => fillHtml(value, caption, size, field));
  // Links to the rest of the site lead to its pages in the kit's language.
  eleventyConfig.addFilter("printChapter", function (this: PageThis, html: string, slug: string, chapters: Chapter[], siteUrl: string) {
    const { i18n, lang } = languageOf(this);
    const localize = (text: string) => localizeLinks(text, lang, i18n.catalog.defaultLanguage);
    return printChapter(html, slug, new Set(chapters.map((chapter) => chapter.fileSlug)), siteUrl, localize);
  });
}
