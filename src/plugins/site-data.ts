/**
 * Eleventy plugin: the site model as global data (`site`, `states`, `directory`, `kitPlan`, …)
 * and every address as `urls`. The build hands in the model it made; without one (Eleventy's own
 * CLI, as `npm start` runs it) the model is made again at the start of every build, so a rebuild
 * picks up, and checks, every edit to content and data; after an edit to alliance files only, it
 * re-parses just those and renders just their pages (src/serve/dev-rebuild.ts).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadData } from "../data/load-data.ts";
import { projectPaths, type ProjectPaths } from "../project.ts";
import { DevRebuilds } from "../serve/dev-rebuild.ts";
import { siteGlobals, type SiteModel } from "../site/model.ts";
import { allianceFilesPlugin } from "./alliance-files.ts";

export interface SiteDataOptions {
  model?: SiteModel | undefined;
  /** Told how many per-alliance files each build wrote beside Eleventy's (src/build/alliance-files.ts). */
  written?: ((count: number) => void) | undefined;
}

/**
 * Language folders (content/<code>/, a language with its strings in data/i18n/<code>.yaml) of
 * languages the site does not list in data/site.yaml's `languages`: a coalition that publishes in
 * English alone keeps the shipped Spanish chapters without rendering them.
 */
function unlistedLanguageFolders(paths: ProjectPaths, languages: readonly string[]): string[] {
  if (!existsSync(paths.content)) return [];
  return readdirSync(paths.content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !languages.includes(entry.name))
    .filter((entry) => existsSync(path.join(paths.data, "i18n", `${entry.name}.yaml`)))
    .map((entry) => entry.name);
}

export function siteDataPlugin(eleventyConfig: UserConfig, options: SiteDataOptions = {}): void {
  let model = options.model;
  const paths = projectPaths();
  // Serving, the languages are read once here; a change to them needs a restart, as any config change does.
  const languages = options.model?.data.site.languages ?? loadData(paths).valid.site?.languages ?? [];
  for (const folder of unlistedLanguageFolders(paths, languages)) eleventyConfig.ignores.add(`content/${folder}/**`);
  // Serving, a rebuild after an edit to alliance files renders only the pages that can differ (src/serve/dev-rebuild.ts).
  let partial = false;
  if (!options.model) {
    const rebuilds = new DevRebuilds(paths);
    eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => rebuilds.changed(changed));
    eleventyConfig.on("eleventy.before", () => {
      ({ model, partial } = rebuilds.next());
    });
    eleventyConfig.addWatchTarget("content/alliances/");
    eleventyConfig.addWatchTarget("data/");
  }
  const current = (): SiteModel => {
    if (!model) throw new Error("site data: no site model (it is made at the start of each build)");
    return model;
  };

  for (const [name, of] of Object.entries(siteGlobals)) eleventyConfig.addGlobalData(name, () => of(current()));
  // True in a rebuild that renders only some paged pages: the sitemap, made from every page's entry in `collections.all`, is left as it was.
  eleventyConfig.addGlobalData("partialRebuild", () => partial);
  // The per-alliance files (cards, calendars, print pages) are rendered from the same model, outside Eleventy's pages.
  eleventyConfig.addPlugin(allianceFilesPlugin, { model: current, written: options.written });

  // Alliance files are data, not templates: their pages come from content/directory/.
  eleventyConfig.ignores.add("content/alliances/**");
}
