/** Eleventy plugin: the Pagefind index, written after every build (so search works under `npm start` too). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite } from "../search/index-site.ts";

export function searchPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { pages, seconds } = await indexSite(directories.output);
    console.log(`search: indexed ${pages} pages (${seconds.toFixed(1)} s)`);
  });
}
