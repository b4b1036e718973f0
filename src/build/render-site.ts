/**
 * Runs Eleventy with the project's .eleventy.ts over a site's content/, and hands it the site
 * model: the one the build made, or, when serving with live reload, a new one at every rebuild.
 */
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteDataPlugin } from "../plugins/site-data.ts";
import type { ProjectPaths } from "../project.ts";
import { byLanguage, pageForSearch, type SearchablePages } from "../search/index-site.ts";
import type { SiteModel } from "../site/model.ts";
import { sitePath } from "../urls.ts";

const configPath = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

export interface RenderedSite {
  /** Files Eleventy wrote, and the per-alliance files written beside them (src/build/alliance-files.ts). */
  pages: number;
  /**
   * The pages search indexes (those with a `data-pagefind-body`), relative to the output, by
   * language: the search stage reads only these, not the cards, print pages and feeds beside them.
   */
  searchable: SearchablePages;
}

/** What Eleventy's write() resolves to for each rendered template. */
interface WrittenTemplate {
  outputPath: string | false;
  content: unknown;
}

/** The pages among those written that carry a search body, as paths relative to `output`, by language. */
export function searchablePages(output: string, written: readonly WrittenTemplate[]): SearchablePages {
  return byLanguage(
    written
      .filter((page): page is { outputPath: string; content: string } => typeof page.outputPath === "string" && page.outputPath.endsWith(".html") && typeof page.content === "string")
      .map((page) => pageForSearch(output, page.outputPath, page.content))
      .filter((page) => page.body),
  );
}

/** Renders the site into `output` from the given model; nothing is loaded or validated again. */
export async function renderSite(paths: ProjectPaths, output: string, model: SiteModel): Promise<RenderedSite> {
  let allianceFiles = 0;
  const eleventy = new Eleventy(paths.content, output, {
    configPath,
    quietMode: true,
    // A site served under a path (a GitHub Pages project site): every root-relative address in the
    // HTML gets it in front (Eleventy's HtmlBasePlugin, wired in .eleventy.ts).
    pathPrefix: `${sitePath(model.data.site.url)}/`,
    config: (eleventyConfig: UserConfig) => eleventyConfig.addPlugin(siteDataPlugin, { model, written: (count: number) => (allianceFiles = count) }),
  });
  // write() resolves to [passthrough copies, rendered templates].
  const [, templates] = (await eleventy.write()) as unknown as [unknown, WrittenTemplate[]];
  return { pages: templates.length + allianceFiles, searchable: searchablePages(output, templates) };
}

/**
 * Serves `paths.output` with live reload (`npm start`): every edit (and every deleted file) rebuilds,
 * and every rebuild checks content and data again and makes a new model; after an edit to alliance
 * files only, just their pages are rendered (src/serve/dev-rebuild.ts). Resolves once the server runs.
 */
export async function serveSite(paths: ProjectPaths, port: number): Promise<{ stop: () => Promise<void> }> {
  const eleventy = new Eleventy(paths.content, paths.output, {
    configPath,
    runMode: "serve",
    config: (eleventyConfig: UserConfig) => eleventyConfig.addPlugin(siteDataPlugin),
  });
  await eleventy.init();
  const rebuild = (await eleventy.watch()) as (file: string) => Promise<void>;
  // Eleventy 3 forgets a deleted file without rebuilding: a deleted alliance would be served until the next edit.
  (eleventy as unknown as { watcher: { on(event: "unlink", listener: (file: string) => void): void } }).watcher.on("unlink", (file) => void rebuild(file));
  await eleventy.serve(port);
  return {
    stop: async () => {
      await eleventy.stopWatch();
    },
  };
}
