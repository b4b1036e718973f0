/**
 * Eleventy plugin: under `npm start` (watch/serve), the Pagefind index is rebuilt after every
 * rebuild, in the folder the dev server serves, so search works in development too. Full builds
 * index as a pipeline stage instead, after the kits are printed, so the kits are searchable.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite } from "../search/index-site.ts";

export function searchPlugin(eleventyConfig: UserConfig): void {
  // Indexing takes longer than an alliance edit's rebuild: it runs after the rebuild, which does not
  // wait for it (the edited page is served at once), one run at a time; rebuilds during a run ask for
  // one more run after it.
  let running = false;
  let again = false;
  const index = async (output: string): Promise<void> => {
    running = true;
    try {
      do {
        again = false;
        const { pages, kits, seconds, index } = await indexSite(output);
        console.log(`search: indexed ${pages} pages${kits ? ` and ${kits} kits` : ""} (${seconds.toFixed(1)} s, ${Math.round(index.bytes / 1024)} KB)`);
      } while (again);
    } catch (error) {
      console.error(`search: not indexed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode === "build") return;
    if (running) again = true;
    else void index(directories.output);
  });
}
