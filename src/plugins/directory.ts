/** Eleventy plugin: the alliance directory's filters, exports and "near me" data. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { cardSnippet } from "../alliances/card.ts";
import type { Directory } from "../alliances/directory.ts";
import { allianceCalendar, allianceJsonLd, alliancesGeoJson, alliancesJson, upcomingCalendar } from "../alliances/exports.ts";
import { mapGroupsAlliances, renderMap } from "../alliances/map.ts";
import { nearMeAlliances, writeZipShards } from "../alliances/near-me.ts";
import type { AllianceView } from "../alliances/view.ts";
import type { StatesTable } from "../site/schema.ts";

export function directoryPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("allianceJsonLd", (alliance: AllianceView, siteUrl: string) => allianceJsonLd(alliance, siteUrl));
  eleventyConfig.addFilter("allianceCalendar", (alliance: AllianceView, siteUrl: string, today: string) => allianceCalendar(alliance, siteUrl, today));
  eleventyConfig.addFilter("cardSnippet", (alliance: AllianceView, siteUrl: string, siteTitle: string) => cardSnippet(alliance, siteUrl, siteTitle));
  eleventyConfig.addFilter("alliancesJson", (directory: Directory, siteUrl: string) => alliancesJson(directory, siteUrl));
  eleventyConfig.addFilter("alliancesGeoJson", (directory: Directory, siteUrl: string) => alliancesGeoJson(directory, siteUrl));
  eleventyConfig.addFilter("upcomingCalendar", (directory: Directory, siteUrl: string, title: string) =>
    upcomingCalendar(directory, siteUrl, title),
  );
  eleventyConfig.addFilter("nearMeAlliances", (directory: Directory, siteUrl: string) => nearMeAlliances(directory, siteUrl));
  eleventyConfig.addFilter("allianceMap", (directory: Directory, states: StatesTable) =>
    renderMap({ states: directory.states, alliances: directory.alliances, fipsOf: (code) => states[code]?.fips }),
  );
  eleventyConfig.addFilter("mapGroupsAlliances", (directory: Directory) => mapGroupsAlliances(directory.alliances));
  eleventyConfig.addFilter("withAlliances", (states: Directory["states"]) => states.filter((state) => state.counts.total));
  eleventyConfig.addFilter("ofKind", (states: Directory["states"], kind: string) => states.filter((state) => state.kind === kind));

  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    writeZipShards(directories.output);
  });
}
