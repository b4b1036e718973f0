/**
 * Eleventy plugin: the register page's data (every field with its rules) and its script, bundled
 * from TypeScript after each build so the browser checks with the same schema as the build.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleRegisterScript } from "../register/bundle.ts";
import { registerPage } from "../register/page.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";

export function registerPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("registerPage", (states: StatesTable, memberKinds: MemberKinds) => registerPage(states, memberKinds));
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await bundleRegisterScript(path.join(directories.output, "assets", "js", "register.js"));
  });
}
