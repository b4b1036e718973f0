/**
 * Eleventy plugin: the staff editor at /admin/. Decap CMS's own bundle is copied from its npm
 * package (no CDN), and its configuration is generated from the zod schemas on every build.
 * CMS_LOCAL_BACKEND (set by `npm run cms`), CMS_AUTH_URL and CMS_BRANCH tune the backend.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { cmsConfigYaml, cmsConnectSources, type CmsData, type CmsOptions } from "../cms/config.ts";

export function cmsOptions(env: NodeJS.ProcessEnv = process.env): CmsOptions {
  return { localBackend: env.CMS_LOCAL_BACKEND || undefined, authUrl: env.CMS_AUTH_URL || undefined, branch: env.CMS_BRANCH || undefined };
}

export function cmsPlugin(eleventyConfig: UserConfig): void {
  // The main bundle, its lazily loaded chunks and their WebAssembly; not the source maps.
  eleventyConfig.addPassthroughCopy({
    "node_modules/decap-cms/dist/*decap-cms.js": "admin",
    "node_modules/decap-cms/dist/*.wasm": "admin",
  });
  eleventyConfig.addFilter("cmsConfigYaml", (site: CmsData["site"], states: CmsData["states"], memberKinds: CmsData["member-kinds"]) =>
    cmsConfigYaml({ site, states, "member-kinds": memberKinds }, cmsOptions()),
  );
  eleventyConfig.addFilter("cmsConnectSources", () => cmsConnectSources(cmsOptions()).join(" "));
}
