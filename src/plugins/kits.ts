/**
 * Eleventy plugin: the printable kits' filters for the print pages and /kits/ (a kit of the
 * model's plan, each packet's contents, QR codes, the handbook's print chapters).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { AllianceView } from "../alliances/view.ts";
import { printChapter } from "../kits/handbook.ts";
import { packetView } from "../kits/packet.ts";
import { pieceTemplate, piecesOf, type PacketKind } from "../kits/pieces.ts";
import type { Kit, KitPlan } from "../kits/plan.ts";
import { qrSvg } from "../kits/qr.ts";
import type { Agendas, KitPiece, SiteConfig } from "../site/schema.ts";

interface Chapter {
  fileSlug: string;
}

export function kitsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("kitFor", (id: string, kitsById: ReadonlyMap<string, Kit>) => {
    const kit = kitsById.get(id);
    if (!kit) throw new Error(`no kit "${id}" in the plan`);
    return kit;
  });
  eleventyConfig.addFilter("kitPlanJson", (plan: KitPlan) => `${JSON.stringify(plan, null, 2)}\n`);
  // The founder kit passes `none`: no alliance yet, so every detail is a blank.
  eleventyConfig.addFilter("packet", (alliance: AllianceView | null, site: SiteConfig, agendas: Agendas) => packetView(alliance ?? undefined, site, agendas));
  // The pieces of a packet (data/kits.yaml), each printed from its template.
  eleventyConfig.addFilter("piecesOf", (pieces: KitPiece[], kind: PacketKind) => piecesOf(pieces, kind));
  eleventyConfig.addFilter("pieceTemplate", (piece: KitPiece) => pieceTemplate(piece.id));
  eleventyConfig.addFilter("qrSvg", (text: string) => qrSvg(text));
  eleventyConfig.addFilter("printChapter", (html: string, slug: string, chapters: Chapter[], siteUrl: string) =>
    printChapter(html, slug, new Set(chapters.map((chapter) => chapter.fileSlug)), siteUrl),
  );
}
