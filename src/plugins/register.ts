/**
 * Eleventy plugin: the register page's data (every field with its rules) and its script, bundled
 * from TypeScript after each build so the browser checks with the same schema as the build.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleRegisterScript } from "../register/bundle.ts";
import { registerPage } from "../register/page.ts";
import type { I18n } from "../i18n/i18n.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";

export function registerPlugin(eleventyConfig: UserConfig): void {
  // In the page's language: its words, and its names of the states and the kinds of members.
  eleventyConfig.addFilter("registerPage", function (this: { ctx?: { lang?: string; i18n?: I18n } }, states: StatesTable, memberKinds: MemberKinds) {
    const i18n = this.ctx?.i18n;
    if (!i18n) throw new Error("registerPage: no `i18n` in the page's data");
    const lang = this.ctx?.lang ?? i18n.catalog.defaultLanguage;
    return registerPage(states, memberKinds, (key) => i18n.t(lang, key));
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await bundleRegisterScript(path.join(directories.output, "assets", "js", "register.js"));
  });
}
