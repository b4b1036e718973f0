/**
 * Eleventy plugin: under `npm start` (watch/serve), the Pagefind index is rebuilt after every
 * rebuild, in the folder the dev server serves, so search works in development too. Full builds
 * index as a pipeline stage instead, after the kits are printed, so the kits are searchable.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite } from "../search/index-site.ts";

export function searchPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode === "build") return;
    const { pages, kits, seconds, index } = await indexSite(directories.output);
    console.log(`search: indexed ${pages} pages${kits ? ` and ${kits} kits` : ""} (${seconds.toFixed(1)} s, ${Math.round(index.bytes / 1024)} KB)`);
  });
}
