/** Eleventy plugin: small formatting filters for the templates. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { scriptSafeJson } from "../alliances/exports.ts";
import { formatDay } from "../dates/dates.ts";
import type { SiteConfig } from "../site/schema.ts";
import { editUrl } from "../site/edit-link.ts";

export function filtersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("day", (value: string | Date) =>
    formatDay(value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  );
  eleventyConfig.addFilter("isoDay", (value: string | Date) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10),
  );
  eleventyConfig.addFilter("absolute", (path: string, siteUrl: string) => `${siteUrl}${path}`);
  eleventyConfig.addFilter("plural", (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`);
  eleventyConfig.addFilter("padNumber", (value: number, width: number) => String(value).padStart(width, "0"));
  eleventyConfig.addFilter("editUrl", (file: string, site: SiteConfig) => editUrl(file, site.repository));
  eleventyConfig.addFilter("scriptJson", (value: unknown) => scriptSafeJson(value));
}
