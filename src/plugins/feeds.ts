/**
 * Eleventy plugin: the Atom feeds (news, and new and active alliances), written with
 * @11ty/eleventy-plugin-rss's filters in content/news/feed.njk and content/directory/alliances-feed.njk.
 * Not its virtual feed template: that takes its title and base URL when the configuration loads,
 * before the validated site model (and SITE_URL) exist, and wants every entry to be a page of a
 * collection with a date, which alliances are not.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import type { Directory } from "../alliances/directory.ts";
import { allianceFeedEntries } from "../alliances/exports.ts";
import type { I18n } from "../i18n/i18n.ts";
import { formatDayIn } from "../i18n/translate.ts";

export function feedsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
  // The feed's entries in the page's language, linking the alliances' pages in that language.
  eleventyConfig.addFilter("allianceFeedEntries", function (this: { ctx?: { lang?: string; i18n?: I18n } }, directory: Directory) {
    const i18n = this.ctx?.i18n;
    if (!i18n) throw new Error("allianceFeedEntries: no `i18n` in the page's data");
    const lang = this.ctx?.lang ?? i18n.catalog.defaultLanguage;
    const tag = i18n.tag(lang);
    return allianceFeedEntries(directory, {
      t: (key, values) => i18n.t(lang, key, values),
      localized: (address) => i18n.localized(address, lang),
      day: (value) => formatDayIn(tag, value),
      tag,
      lang,
    });
  });
  /** The feeds' fallback "updated" date when they have no entry: the build's date, never the clock. */
  eleventyConfig.addFilter("dayStart", (day: string) => new Date(`${day}T00:00:00Z`));
}
