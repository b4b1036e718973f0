/** Eleventy plugin: the alliance directory's filters, exports and "near me" data. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { cardSnippet } from "../alliances/card.ts";
import type { Directory } from "../alliances/directory.ts";
import { allianceCalendar, allianceJsonLd, alliancesGeoJson, alliancesJson, upcomingCalendar } from "../alliances/exports.ts";
import { mapGroupsAlliances, renderMap } from "../alliances/map.ts";
import { nearMeAlliances, writeZipShards } from "../alliances/near-me.ts";
import { placeIn, type AllianceView } from "../alliances/view.ts";
import type { StatesTable } from "../site/schema.ts";
import { mapWordsIn, type I18n } from "../i18n/i18n.ts";
import { formatEventDate } from "../dates/dates.ts";

export function directoryPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("allianceJsonLd", (alliance: AllianceView, siteUrl: string) => allianceJsonLd(alliance, siteUrl));
  eleventyConfig.addFilter("allianceCalendar", (alliance: AllianceView, siteUrl: string, today: string) => allianceCalendar(alliance, siteUrl, today));
  eleventyConfig.addFilter("cardSnippet", function (this: { ctx?: { lang?: string; i18n?: I18n } }, alliance: AllianceView, siteUrl: string, siteTitle: string) {
    const i18n = this.ctx?.i18n;
    if (!i18n) throw new Error("cardSnippet: no `i18n` in the page's data");
    const lang = this.ctx?.lang ?? i18n.catalog.defaultLanguage;
    const t = (key: string, values?: Record<string, string>) => i18n.t(lang, key, values);
    return cardSnippet(alliance, siteUrl, i18n.localized(alliance.url, lang), {
      kind: t(`card_snippet.kind.${alliance.scope}`),
      status: t(`status.${alliance.status}`),
      place: placeIn(alliance, lang),
      meetings: t("card_snippet.meetings"),
      next: t("card_snippet.next"),
      join: t("card_snippet.join", { site: siteTitle }),
      when: (event) => formatEventDate(event.date, event.timeZone, i18n.tag(lang)),
    });
  });
  eleventyConfig.addFilter("alliancesJson", (directory: Directory, siteUrl: string) => alliancesJson(directory, siteUrl));
  eleventyConfig.addFilter("alliancesGeoJson", (directory: Directory, siteUrl: string) => alliancesGeoJson(directory, siteUrl));
  eleventyConfig.addFilter("upcomingCalendar", (directory: Directory, siteUrl: string, title: string) =>
    upcomingCalendar(directory, siteUrl, title),
  );
  eleventyConfig.addFilter("nearMeAlliances", (directory: Directory, siteUrl: string) => nearMeAlliances(directory, siteUrl));
  eleventyConfig.addFilter("allianceMap", function (this: { ctx?: { lang?: string; i18n?: I18n } }, directory: Directory, states: StatesTable) {
    const i18n = this.ctx?.i18n;
    if (!i18n) throw new Error("allianceMap: no `i18n` in the page's data");
    const lang = this.ctx?.lang ?? i18n.catalog.defaultLanguage;
    return renderMap({ states: directory.states, alliances: directory.alliances, fipsOf: (code) => states[code]?.fips, words: mapWordsIn(i18n, lang) });
  });
  eleventyConfig.addFilter("mapGroupsAlliances", (directory: Directory) => mapGroupsAlliances(directory.alliances));
  eleventyConfig.addFilter("withAlliances", (states: Directory["states"]) => states.filter((state) => state.counts.total));
  eleventyConfig.addFilter("ofKind", (states: Directory["states"], kind: string) => states.filter((state) => state.kind === kind));

  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    writeZipShards(directories.output);
  });
}
