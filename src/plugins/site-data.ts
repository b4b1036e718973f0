/**
 * Eleventy plugin: the validated site model as global data (`site`, `states`, `directory`, …),
 * computed once per build and recomputed on the next one (watch mode included).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { projectPaths } from "../project.ts";
import { loadSiteModel, type SiteModel } from "../site/model.ts";
import { urls } from "../urls.ts";

export function siteDataPlugin(eleventyConfig: UserConfig): void {
  const paths = projectPaths();
  let model: SiteModel | undefined;
  const current = () => (model ??= loadSiteModel(paths));
  eleventyConfig.on("eleventy.before", () => {
    model = undefined;
  });

  eleventyConfig.addGlobalData("site", () => current().data.site);
  eleventyConfig.addGlobalData("states", () => current().data.states);
  eleventyConfig.addGlobalData("memberKinds", () => current().data["member-kinds"]);
  eleventyConfig.addGlobalData("foundingChecklist", () => current().data["founding-checklist"]);
  eleventyConfig.addGlobalData("talkingPoints", () => current().data["talking-points"]);
  eleventyConfig.addGlobalData("iccFacts", () => current().data["icc-facts"]);
  eleventyConfig.addGlobalData("directory", () => current().directory);
  eleventyConfig.addGlobalData("today", () => current().today);
  // Every address, for links and for permalinks (`permalink: (data) => data.urls.alliance(slug)`).
  eleventyConfig.addGlobalData("urls", () => urls);

  // Alliance files are data, not templates: their pages come from content/directory/.
  eleventyConfig.ignores.add("content/alliances/**");
  eleventyConfig.addWatchTarget("content/alliances/");
  eleventyConfig.addWatchTarget("data/");
}
