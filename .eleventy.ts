/**
 * The Eleventy configuration: it only wires the project's plugins together and names the folders.
 * Each concern lives in its own module under src/plugins/. The site's data (the site model) is
 * not loaded here: whoever runs Eleventy hands it in (src/build/render-site.ts).
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { cmsPlugin } from "./src/plugins/cms.ts";
import { directoryPlugin } from "./src/plugins/directory.ts";
import { feedsPlugin } from "./src/plugins/feeds.ts";
import { filtersPlugin } from "./src/plugins/filters.ts";
import { handbookPlugin } from "./src/plugins/handbook.ts";
import { i18nPlugin } from "./src/plugins/i18n.ts";
import { kitsPlugin } from "./src/plugins/kits.ts";
import { linkPreviewsPlugin } from "./src/plugins/link-previews.ts";
import { markdownPlugin } from "./src/plugins/markdown.ts";
import { registerPlugin } from "./src/plugins/register.ts";
import { searchPlugin } from "./src/plugins/search.ts";

export default function (eleventyConfig: UserConfig) {
  // Puts the path prefix (the site URL's path, src/build/render-site.ts) in front of every root-relative address in the HTML.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(i18nPlugin);
  eleventyConfig.addPlugin(handbookPlugin);
  eleventyConfig.addPlugin(directoryPlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(kitsPlugin);
  eleventyConfig.addPlugin(linkPreviewsPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(cmsPlugin);
  eleventyConfig.addPlugin(registerPlugin);

  eleventyConfig.addPassthroughCopy({ assets: "assets" });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setQuietMode(true);

  return {
    dir: { input: "content", data: "../data", includes: "../layouts", layouts: "../layouts" },
    markdownTemplateEngine: "njk",
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
