/**
 * Eleventy plugin: the site model as global data (`site`, `states`, `directory`, `kitPlan`, …)
 * and every address as `urls`. The build hands in the model it made; without one (Eleventy's own
 * CLI, as `npm start` runs it) the model is made again at the start of every build, so a rebuild
 * picks up, and checks, every edit to content and data.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { projectPaths } from "../project.ts";
import { loadSiteModel, type SiteModel } from "../site/model.ts";
import { urls } from "../urls.ts";

export interface SiteDataOptions {
  model?: SiteModel | undefined;
}

export function siteDataPlugin(eleventyConfig: UserConfig, options: SiteDataOptions = {}): void {
  let model = options.model;
  if (!options.model) {
    const paths = projectPaths();
    eleventyConfig.on("eleventy.before", () => {
      model = loadSiteModel(paths);
    });
    eleventyConfig.addWatchTarget("content/alliances/");
    eleventyConfig.addWatchTarget("data/");
  }
  const current = (): SiteModel => {
    if (!model) throw new Error("site data: no site model (it is made at the start of each build)");
    return model;
  };

  eleventyConfig.addGlobalData("site", () => current().data.site);
  eleventyConfig.addGlobalData("states", () => current().data.states);
  eleventyConfig.addGlobalData("memberKinds", () => current().data["member-kinds"]);
  eleventyConfig.addGlobalData("foundingChecklist", () => current().data["founding-checklist"]);
  eleventyConfig.addGlobalData("talkingPoints", () => current().data["talking-points"]);
  eleventyConfig.addGlobalData("iccFacts", () => current().data["icc-facts"]);
  eleventyConfig.addGlobalData("agendas", () => current().data.agendas);
  eleventyConfig.addGlobalData("kitTexts", () => current().data.kits);
  eleventyConfig.addGlobalData("directory", () => current().directory);
  eleventyConfig.addGlobalData("kitPlan", () => current().kitPlan);
  eleventyConfig.addGlobalData("kitsById", () => current().kitsById);
  eleventyConfig.addGlobalData("today", () => current().today);
  // Every address, for links and for permalinks (`permalink: (data) => data.urls.alliance(slug)`).
  eleventyConfig.addGlobalData("urls", () => urls);

  // Alliance files are data, not templates: their pages come from content/directory/.
  eleventyConfig.ignores.add("content/alliances/**");
}
