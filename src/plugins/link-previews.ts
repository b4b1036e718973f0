/**
 * Eleventy plugin: link previews. The plan of preview images for the kits stage (every language's),
 * and for every page the image it is shared with (its own, else its language's home page's), for
 * the Open Graph tags.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Directory } from "../alliances/directory.ts";
import type { I18n } from "../i18n/i18n.ts";
import { planPreviews, previewForPage, type Preview, type PreviewChapter, type PreviewPlan } from "../kits/previews.ts";
import type { SiteConfig } from "../site/schema.ts";
import { languageOf } from "../urls.ts";

export function linkPreviewsPlugin(eleventyConfig: UserConfig): void {
  // Once per build: the directory is a new frozen object on every build (see src/site/model.ts).
  const plans = new WeakMap<Directory, { plan: PreviewPlan; byPage: Map<string, Preview> }>();
  const planOf = (directory: Directory, chaptersByLanguage: Record<string, PreviewChapter[]>, site: SiteConfig, i18n: I18n) => {
    let entry = plans.get(directory);
    if (!entry) {
      const languages = i18n.catalog.languages.map((lang) => ({ lang, chapters: chaptersByLanguage[lang] ?? [] }));
      const plan = planPreviews(directory.alliances, languages, site, i18n);
      entry = { plan, byPage: new Map(plan.previews.map((preview) => [preview.page, preview])) };
      plans.set(directory, entry);
    }
    return entry;
  };

  eleventyConfig.addFilter("previewPlanJson", (directory: Directory, chaptersByLanguage: Record<string, PreviewChapter[]>, site: SiteConfig, i18n: I18n) =>
    `${JSON.stringify(planOf(directory, chaptersByLanguage, site, i18n).plan, null, 2)}\n`,
  );
  // A page without its own image is shared with its language's home page's.
  eleventyConfig.addFilter("previewFor", (pageUrl: string, directory: Directory, chaptersByLanguage: Record<string, PreviewChapter[]>, site: SiteConfig, i18n: I18n) => {
    const { plan, byPage } = planOf(directory, chaptersByLanguage, site, i18n);
    const home = i18n.localized("/", languageOf(pageUrl, i18n.catalog.languages).lang);
    return previewForPage(plan, byPage, pageUrl, home);
  });
}
