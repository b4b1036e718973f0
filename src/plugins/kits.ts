/**
 * Eleventy plugin: the printable kits' data for the print pages and /kits/ (the kit plan, each
 * packet's contents, QR codes, the handbook's print chapters).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Directory } from "../alliances/directory.ts";
import type { AllianceView } from "../alliances/view.ts";
import { printChapter } from "../kits/handbook.ts";
import { packetView } from "../kits/packet.ts";
import { planKits, type Kit, type KitPlan } from "../kits/plan.ts";
import { qrSvg } from "../kits/qr.ts";
import type { SiteConfig } from "../site/schema.ts";

interface Chapter {
  fileSlug: string;
}

export function kitsPlugin(eleventyConfig: UserConfig): void {
  // Computed once per build and shared by every print page; the directory is a new object on
  // every build, so this never goes stale.
  const plans = new WeakMap<Directory, { plan: KitPlan; byId: Map<string, Kit> }>();
  const planOf = (directory: Directory, site: SiteConfig) => {
    let entry = plans.get(directory);
    if (!entry) {
      const plan = planKits(directory.alliances, site);
      entry = { plan, byId: new Map(plan.kits.map((kit) => [kit.id, kit])) };
      plans.set(directory, entry);
    }
    return entry;
  };

  eleventyConfig.addFilter("kitPlan", (directory: Directory, site: SiteConfig) => planOf(directory, site).plan);
  eleventyConfig.addFilter("kitFor", (id: string, directory: Directory, site: SiteConfig) => {
    const kit = planOf(directory, site).byId.get(id);
    if (!kit) throw new Error(`no kit "${id}" in the plan`);
    return kit;
  });
  eleventyConfig.addFilter("kitPlanJson", (directory: Directory, site: SiteConfig) => `${JSON.stringify(planOf(directory, site).plan, null, 2)}\n`);
  // The founder kit passes `none`: no alliance yet, so every detail is a blank.
  eleventyConfig.addFilter("packet", (alliance: AllianceView | null, site: SiteConfig) => packetView(alliance ?? undefined, site));
  eleventyConfig.addFilter("qrSvg", (text: string) => qrSvg(text));
  eleventyConfig.addFilter("printChapter", (html: string, slug: string, chapters: Chapter[], siteUrl: string) =>
    printChapter(html, slug, new Set(chapters.map((chapter) => chapter.fileSlug)), siteUrl),
  );
}
