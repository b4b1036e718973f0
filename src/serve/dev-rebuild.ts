/**
 * `npm start`'s rebuilds. After an edit to alliance files only, the files are parsed again only
 * where they changed (src/serve/alliance-parse-cache.ts), data/ is not read again, unchanged
 * alliances keep their views, the whole model is made again from them,
 * and the paged templates (and the per-alliance files, src/build/alliance-files.ts) get only the
 * pages that can differ: the changed alliances' pages in every language (page, card, calendar,
 * print page) and their states' pages, before and after
 * the edit. The pages that list every alliance (directory, map, near-me, exports, feeds, kit plan)
 * are not paged and render as always. Pages of alliances that are gone are deleted from the output.
 * Any other change (chapters, news, data/, layouts) renders everything, as a build does, and so
 * does the dev server's first build (Eleventy's watch() starts with one).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { Alliance } from "../alliances/load.ts";
import type { AllianceView } from "../alliances/view.ts";
import { checkSite } from "../check/check-site.ts";
import { loadData, type DataResult } from "../data/load-data.ts";
import { buildToday } from "../dates/dates.ts";
import type { ProjectPaths } from "../project.ts";
import { siteModel, type SiteModel } from "../site/model.ts";
import { urls } from "../urls.ts";
import { AllianceParseCache } from "./alliance-parse-cache.ts";

/** The alliances (by slug) and states (by code) whose pages a rebuild renders. */
export interface PageSelection {
  slugs: ReadonlySet<string>;
  states: ReadonlySet<string>;
}

function bySlug(model: SiteModel): Map<string, AllianceView> {
  return new Map(model.directory.alliances.map((alliance) => [alliance.slug, alliance]));
}

/**
 * The alliances whose files changed, came or went between two models (an unchanged file's parse
 * result is the same object in both), and every state they are in before or after.
 */
export function changedPages(before: SiteModel, after: SiteModel): PageSelection {
  const old = bySlug(before);
  const now = bySlug(after);
  const slugs = new Set<string>();
  for (const [slug, view] of now) if (old.get(slug)?.source !== view.source) slugs.add(slug);
  for (const slug of old.keys()) if (!now.has(slug)) slugs.add(slug);
  const states = new Set<string>();
  for (const slug of slugs) for (const view of [old.get(slug), now.get(slug)]) for (const state of view?.states ?? []) states.add(state.code);
  return { slugs, states };
}

/** The model with its paged lists cut down to the selection; every other global keeps every alliance. */
export function onlyPages(model: SiteModel, selection: PageSelection): SiteModel {
  const pages = model.localizedPages;
  const ofSlug = (alliance: AllianceView) => selection.slugs.has(alliance.slug);
  return Object.freeze({
    ...model,
    localizedPages: Object.freeze({
      alliances: pages.alliances.filter((entry) => ofSlug(entry.alliance)),
      states: pages.states.filter((entry) => selection.states.has(entry.state.code)),
      packets: pages.packets.filter((entry) => ofSlug(entry.alliance)),
      cards: pages.cards.filter((entry) => ofSlug(entry.alliance)),
      calendars: pages.calendars.filter(ofSlug),
    }),
  });
}

/** Every address a model's paged pages have: the paged templates' permalinks (content/directory/) and the per-alliance files (src/build/alliance-files.ts). */
export function pagedAddresses(model: SiteModel): Set<string> {
  const { localized } = model.i18n;
  const pages = model.localizedPages;
  return new Set([
    ...pages.alliances.map(({ lang, alliance }) => localized(urls.alliance(alliance.slug), lang)),
    ...pages.states.map(({ lang, state }) => localized(urls.state(state.code), lang)),
    ...pages.packets.map(({ lang, alliance }) => localized(urls.alliancePacketPrint(alliance.slug), lang)),
    ...pages.cards.map(({ lang, alliance }) => localized(urls.allianceCard(alliance.slug), lang)),
    ...pages.calendars.map((alliance) => urls.allianceCalendar(alliance.slug)),
  ]);
}

/** The output files of paged addresses `before` had and `after` has not (a deleted or renamed alliance, a calendar whose last event went). */
export function goneFiles(before: SiteModel, after: SiteModel, output: string): string[] {
  const kept = pagedAddresses(after);
  return [...pagedAddresses(before)]
    .filter((address) => !kept.has(address))
    .map((address) => path.join(output, ...address.split("/"), address.endsWith("/") ? "index.html" : ""));
}

export interface DevBuild {
  model: SiteModel;
  /** True when only some paged pages render (the sitemap, made from every page, then keeps its last version). */
  partial: boolean;
}

/** The models of one `npm start` session: the last good one, the parse cache, and what changed since. */
export class DevRebuilds {
  readonly #paths: ProjectPaths;
  readonly #env: NodeJS.ProcessEnv;
  readonly #cache = new AllianceParseCache();
  /** data/ as last loaded, and the views of unchanged alliances: kept while only alliance files change. */
  #data: DataResult | undefined;
  #views = new WeakMap<Alliance, AllianceView>();
  #last: SiteModel | undefined;
  /** Whether a file other than an alliance file changed since the last good model. */
  #otherChanged = false;

  constructor(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env) {
    this.#paths = paths;
    this.#env = env;
  }

  /** The files Eleventy's watcher saw change (relative to the site's folder, or absolute). */
  changed(files: readonly string[]): void {
    const alliances = this.#paths.alliances + path.sep;
    if (files.some((file) => !path.resolve(this.#paths.root, file).startsWith(alliances))) this.#otherChanged = true;
  }

  /** The next build's model; throws the ValidationError of a bad edit, keeping the last good model. */
  next(): DevBuild {
    const before = this.#last;
    // A change to data/ can change what alliances are checked against, and what their views say: start afresh.
    if (this.#otherChanged || !this.#data || before?.today !== buildToday(this.#env)) {
      this.#cache.clear();
      this.#views = new WeakMap();
      this.#data = loadData(this.#paths, this.#env);
    }
    // The check adds its problems to the data's list: it gets a copy.
    const data = { ...this.#data, problems: [...this.#data.problems] };
    const model = siteModel(checkSite(this.#paths, this.#env, this.#cache.parse, data), this.#env, this.#views);
    const full = !before || this.#otherChanged || before.today !== model.today;
    this.#last = model;
    this.#otherChanged = false;
    if (full) return { model, partial: false };
    for (const file of goneFiles(before, model, this.#paths.output)) rmSync(file, { force: true });
    return { model: onlyPages(model, changedPages(before, model)), partial: true };
  }
}
