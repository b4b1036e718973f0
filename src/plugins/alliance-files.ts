/**
 * Eleventy plugin: after Eleventy's pages, every alliance's card, calendar and print pages
 * (src/build/alliance-files.ts), from the model of the build and with Eleventy's Nunjucks
 * environment. Under `npm start` a partial rebuild's model lists only the changed alliances' files.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { writeAllianceFiles, type TemplateEnvironment } from "../build/alliance-files.ts";
import type { SiteModel } from "../site/model.ts";

export interface AllianceFilesOptions {
  model: () => SiteModel;
  /** Told how many files each build wrote. */
  written?: ((count: number) => void) | undefined;
}

/** What is used of Eleventy's collection API: every page, whose data holds the collections. */
interface CollectionApi {
  getAll(): { data: { collections?: unknown } }[];
}

export function allianceFilesPlugin(eleventyConfig: UserConfig, options: AllianceFilesOptions): void {
  // Eleventy makes a new environment when a template changes under `npm start`: the last one is the build's.
  let environment: TemplateEnvironment | undefined;
  eleventyConfig.on("eleventy.engine.njk", ({ environment: made }: { environment: TemplateEnvironment }) => {
    environment = made;
  });
  // Eleventy hands its collections to its pages only: a collection of nothing keeps the API, whose
  // pages' data holds them (the same object every page got).
  let api: CollectionApi | undefined;
  eleventyConfig.addCollection("allianceFilesSource", (collectionApi: CollectionApi) => {
    api = collectionApi;
    return [];
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!environment) throw new Error("alliance files: Eleventy made no Nunjucks environment");
    // HtmlBasePlugin's own function: the site's path in front of every root-relative address, as in Eleventy's pages.
    const withBase = eleventyConfig.getFilter("transformWithHtmlBase") as (this: { page: { url: string } }, html: string) => string | Promise<string>;
    const written = await writeAllianceFiles({
      environment,
      model: options.model(),
      collections: api?.getAll()[0]?.data.collections ?? {},
      output: directories.output,
      finishHtml: (html, url) => withBase.call({ page: { url } }, html),
    });
    options.written?.(written);
  });
}
