/**
 * Eleventy plugin: link previews. The plan of preview images for the kits stage, and for every
 * page the image it is shared with (its own, else the home page's), for the Open Graph tags.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Directory } from "../alliances/directory.ts";
import { planPreviews, previewForPage, type Preview, type PreviewChapter, type PreviewPlan } from "../kits/previews.ts";
import type { SiteConfig } from "../site/schema.ts";

export function linkPreviewsPlugin(eleventyConfig: UserConfig): void {
  // Once per build: the directory is a new frozen object on every build (see src/site/model.ts).
  const plans = new WeakMap<Directory, { plan: PreviewPlan; byPage: Map<string, Preview> }>();
  const planOf = (directory: Directory, chapters: readonly PreviewChapter[], site: SiteConfig) => {
    let entry = plans.get(directory);
    if (!entry) {
      const plan = planPreviews(directory.alliances, chapters, site);
      entry = { plan, byPage: new Map(plan.previews.map((preview) => [preview.page, preview])) };
      plans.set(directory, entry);
    }
    return entry;
  };

  eleventyConfig.addFilter("previewPlanJson", (directory: Directory, chapters: PreviewChapter[], site: SiteConfig) =>
    `${JSON.stringify(planOf(directory, chapters, site).plan, null, 2)}\n`,
  );
  eleventyConfig.addFilter("previewFor", (pageUrl: string, directory: Directory, chapters: PreviewChapter[], site: SiteConfig) => {
    const { plan, byPage } = planOf(directory, chapters, site);
    return previewForPage(plan, byPage, pageUrl);
  });
}
