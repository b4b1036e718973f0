/** Eleventy plugin: the handbook's Markdown renderer (anchors, callouts, typographer). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createHandbookMarkdown } from "../markdown/create.ts";

export function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary("md", createHandbookMarkdown());
}
