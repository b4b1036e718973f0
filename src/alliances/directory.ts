/**
 * The directory, computed once per build in one pass over the alliances: per-state lists,
 * counts, and every upcoming event, ready for the templates.
 */
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import { urls } from "../urls.ts";
import type { Alliance } from "./load.ts";
import { allianceView, plainEnglishPlace, type AllianceView, type EventView, type LanguageNames, type PlaceWords } from "./view.ts";

export interface StateView {
  code: string;
  /** The name in the default language; `names` has it in every language. */
  name: string;
  names: LanguageNames;
  kind: "state" | "district" | "territory";
  url: string;
  alliances: AllianceView[];
  counts: { total: number; active: number; forming: number; dormant: number };
}

export interface Directory {
  today: string;
  alliances: AllianceView[];
  /** Every state, district and territory, by name, with its alliances (a regional one under each of its states). */
  states: StateView[];
  upcomingEvents: { event: EventView; alliance: AllianceView }[];
  /** Alliances with at least one event, past or upcoming: each has a calendar file. */
  withEvents: AllianceView[];
  counts: StateView["counts"];
}

/**
 * `views`: views made before for the same states, member kinds and day, by alliance (`npm start`
 * keeps an unchanged file's parse result between rebuilds, and so its view); new ones are added.
 */
export function buildDirectory(
  alliances: Alliance[],
  states: StatesTable,
  kinds: MemberKinds,
  today: string,
  defaultLanguage = "en",
  placeWords: readonly PlaceWords[] = [plainEnglishPlace(states)],
  views: WeakMap<Alliance, AllianceView> = new WeakMap(),
): Directory {
  const allianceViews = alliances.map((alliance) => {
    const view = views.get(alliance) ?? allianceView(alliance, states, kinds, today, defaultLanguage, placeWords);
    views.set(alliance, view);
    return view;
  });
  const byState = new Map<string, StateView>();
  for (const [code, state] of Object.entries(states)) {
    byState.set(code, {
      code,
      name: state.name,
      names: Object.fromEntries(placeWords.map((words) => [words.lang, words.stateName(code)])),
      kind: state.kind,
      url: urls.state(code),
      alliances: [],
      counts: { total: 0, active: 0, forming: 0, dormant: 0 },
    });
  }
  const counts = { total: 0, active: 0, forming: 0, dormant: 0 };
  for (const view of allianceViews) {
    counts.total++;
    counts[view.status]++;
    for (const { code } of view.states) {
      const state = byState.get(code);
      if (!state) continue;
      state.alliances.push(view);
      state.counts.total++;
      state.counts[view.status]++;
    }
  }
  const upcomingEvents = allianceViews
    .flatMap((alliance) => alliance.upcoming.map((event) => ({ event, alliance })))
    // By the instant each starts: 6 pm in Honolulu comes after 6 pm in Washington the same day.
    .sort((a, b) => a.event.instant - b.event.instant || a.alliance.name.localeCompare(b.alliance.name));
  return {
    today,
    alliances: allianceViews,
    states: [...byState.values()].sort((a, b) => a.name.localeCompare(b.name, "en")),
    upcomingEvents,
    withEvents: allianceViews.filter((view) => view.icsUrl),
    counts,
  };
}
