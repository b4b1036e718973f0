/**
 * The site model: everything the templates and the kits need from content and data, validated.
 * The build makes it once (`siteModel(await checkSiteInParallel(…))`) and hands the same object to
 * Eleventy and to the kits stage; under `npm start` every rebuild makes a new one.
 */
import { buildDirectory, type Directory } from "../alliances/directory.ts";
import type { CheckedSite } from "../check/check-site.ts";
import type { SiteData } from "../data/load-data.ts";
import { buildToday } from "../dates/dates.ts";
import { planKits, type Kit, type KitKeywords, type KitPlan } from "../kits/plan.ts";
import type { StateView } from "../alliances/directory.ts";
import type { Alliance } from "../alliances/load.ts";
import type { AllianceView } from "../alliances/view.ts";
import { makeI18n, placeWordsIn, type I18n } from "../i18n/i18n.ts";
import { languageTag } from "../i18n/translate.ts";
import { urls } from "../urls.ts";
import { ValidationError } from "../validation/problem.ts";

export interface SiteModel {
  data: SiteData;
  directory: Directory;
  today: string;
  /** Which kits exist: rendered to kits/plan.json for `npm run kits`, and printed by the build's kits stage. */
  kitPlan: KitPlan;
  kitsById: ReadonlyMap<string, Kit>;
  i18n: I18n;
  /** Each language's prose data (facts, talking points, checklist, agendas, kits' words), for the templates. */
  textsByLanguage: Readonly<Record<string, LocalizedTexts>>;
  /** The directory's pages in every language, for the paged templates and the per-alliance files: made once, not per page. */
  localizedPages: LocalizedPages;
}

export interface LocalizedTexts {
  foundingChecklist: SiteData["founding-checklist"];
  talkingPoints: SiteData["talking-points"];
  iccFacts: SiteData["icc-facts"];
  agendas: SiteData["agendas"];
  kitTexts: SiteData["kits"];
  memberKinds: SiteData["member-kinds"];
  /** The states' names in the language (codes, FIPS codes and kinds as in data/states.yaml). */
  states: SiteData["states"];
}

export interface LocalizedPages {
  alliances: readonly { lang: string; alliance: AllianceView }[];
  states: readonly { lang: string; state: StateView }[];
  /** Each alliance's packet print pages: one in each of its own languages. */
  packets: readonly { lang: string; alliance: AllianceView }[];
  /** The alliances' cards, in every language; the calendars of those with events (language-neutral). */
  cards: readonly { lang: string; alliance: AllianceView }[];
  calendars: readonly AllianceView[];
}

/** The PDFs' keywords in a language: `pdf.keywords_*` lists, written with ";" between keywords. */
function kitKeywords(strings: Readonly<Record<string, string>>): KitKeywords {
  const list = (key: string) => (strings[`pdf.keywords_${key}`] ?? "").split(";").map((word) => word.trim()).filter(Boolean);
  return { base: list("base"), handbook: list("handbook"), founder: list("founder"), alliance: list("alliance") };
}

/**
 * Eleventy deep-copies plain objects of global data into every template and wraps them in a new
 * Proxy on every paginated page, unless they are frozen. Frozen, the directory stays one object
 * across its 10,000 pages: no copies, no proxies on every read.
 */
function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze(value);
}

/**
 * The model of a checked site; a site with problems has none (the error lists them all). `views`:
 * alliance views kept between `npm start`'s rebuilds (see buildDirectory).
 */
export function siteModel(checked: CheckedSite, env: NodeJS.ProcessEnv = process.env, views?: WeakMap<Alliance, AllianceView>): SiteModel {
  const { data, alliances, problems } = checked;
  if (problems.length || !data) throw new ValidationError(problems);
  const today = buildToday(env);
  const i18n = makeI18n(data.i18n);
  const placeWords = data.i18n.languages.map((lang) => placeWordsIn(i18n, lang, data.translations[lang]!.states));
  const directory = frozen(buildDirectory(alliances, data.states, data["member-kinds"], today, data.i18n.defaultLanguage, placeWords, views));
  for (const value of Object.values(data)) frozen(value);
  const kitLanguages = data.i18n.languages.map((lang) => ({
    lang,
    tag: languageTag(data.i18n, lang),
    timeLocale: i18n.timeLocale(lang),
    words: { kits: data.translations[lang]!.kits, agendas: data.translations[lang]!.agendas },
    // Chromium fills in the numbers: the placeholders stay for the printer (src/kits/print.ts).
    pageOf: data.i18n.strings[lang]!["kit.page_of"]!,
    keywords: kitKeywords(data.i18n.strings[lang]!),
  }));
  const kitPlan = frozen(planKits(directory.alliances, data.site, { kits: data.kits, agendas: data.agendas }, kitLanguages));
  const { languages } = data.i18n;
  const textsByLanguage = Object.fromEntries(
    languages.map((lang) => {
      const texts = data.translations[lang]!;
      return [lang, frozen({ foundingChecklist: texts["founding-checklist"], talkingPoints: texts["talking-points"], iccFacts: texts["icc-facts"], agendas: texts.agendas, kitTexts: texts.kits, memberKinds: texts["member-kinds"], states: texts.states })];
    }),
  );
  for (const texts of Object.values(data.translations)) for (const value of Object.values(texts)) frozen(value);
  const alliancePages = frozen(languages.flatMap((lang) => directory.alliances.map((alliance) => frozen({ lang, alliance }))));
  const localizedPages = frozen({
    alliances: alliancePages,
    states: frozen(languages.flatMap((lang) => directory.states.map((state) => frozen({ lang, state })))),
    packets: frozen(languages.flatMap((lang) => directory.alliances.filter((alliance) => alliance.languages.includes(lang)).map((alliance) => frozen({ lang, alliance })))),
    cards: alliancePages,
    calendars: directory.withEvents,
  });
  return frozen({
    data,
    today,
    directory,
    kitPlan,
    kitsById: new Map(kitPlan.kits.map((kit) => [kit.id, kit])),
    i18n,
    textsByLanguage: frozen(textsByLanguage),
    localizedPages,
  });
}

/**
 * The model as the templates' global data, by name: Eleventy's pages get each one
 * (src/plugins/site-data.ts), and so do the per-alliance files rendered beside them
 * (src/build/alliance-files.ts). `lang` is the default page language, `languages` the list the
 * single pages are paged over, `localizedPages` the directory's pages in every language, and
 * `urls` every address, for links and permalinks (`permalink: (data) => data.urls.alliance(slug)`).
 */
export const siteGlobals = {
  site: (model: SiteModel) => model.data.site,
  states: (model: SiteModel) => model.data.states,
  memberKinds: (model: SiteModel) => model.data["member-kinds"],
  foundingChecklist: (model: SiteModel) => model.data["founding-checklist"],
  talkingPoints: (model: SiteModel) => model.data["talking-points"],
  iccFacts: (model: SiteModel) => model.data["icc-facts"],
  agendas: (model: SiteModel) => model.data.agendas,
  kitTexts: (model: SiteModel) => model.data.kits,
  directory: (model: SiteModel) => model.directory,
  kitPlan: (model: SiteModel) => model.kitPlan,
  kitsById: (model: SiteModel) => model.kitsById,
  today: (model: SiteModel) => model.today,
  lang: (model: SiteModel) => model.data.i18n.defaultLanguage,
  languages: (model: SiteModel) => model.data.i18n.languages,
  i18n: (model: SiteModel) => model.i18n,
  textsByLanguage: (model: SiteModel) => model.textsByLanguage,
  localizedPages: (model: SiteModel) => model.localizedPages,
  urls: () => urls,
} as const;

/** Every global of `siteGlobals` for one model. */
export function globalData(model: SiteModel): { [Name in keyof typeof siteGlobals]: ReturnType<(typeof siteGlobals)[Name]> } {
  return Object.fromEntries(Object.entries(siteGlobals).map(([name, of]) => [name, of(model)])) as ReturnType<typeof globalData>;
}
