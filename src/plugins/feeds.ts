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

export function feedsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addFilter("allianceFeedEntries", (directory: Directory) => allianceFeedEntries(directory));
  /** The feeds' fallback "updated" date when they have no entry: the build's date, never the clock. */
  eleventyConfig.addFilter("dayStart", (day: string) => new Date(`${day}T00:00:00Z`));
}
