/**
 * What the register page shows, in the page's language: every field with its label, its rules and
 * its choices. The values the form writes (city, active, IL, faith …) are the same in every
 * language; only what a founder reads is translated (data/i18n/<lang>.yaml `register.*`).
 */
import { scopes, statuses } from "../alliances/schema.ts";
import { allianceVocabulary } from "../check/check-site.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import { eventFields, eventRows, memberFields, memberRows, registerFields, type Choices } from "./fields.ts";

export interface Option {
  value: string;
  label: string;
}

/** The page's words: `t("register.label.name")`. */
export type Say = (key: string) => string;

/**
 * `states` and `memberKinds` name the choices in the page's language (data/i18n/<lang>/); the
 * checks use their codes and keys, which every language shares.
 */
export function registerPage(states: StatesTable, memberKinds: MemberKinds, say: Say) {
  // With the county lists, so the page checks counties exactly as `npm run check` does.
  const vocabulary = allianceVocabulary(states, memberKinds);
  const choices: Record<Choices, Option[]> = {
    scopes: scopes.map((value) => ({ value, label: say(`register.scopes.${value}`) })),
    statuses: statuses.map((value) => ({ value, label: say(`register.statuses.${value}`) })),
    states: Object.entries(states).map(([value, state]) => ({ value, label: `${value}: ${state.name}` })),
    memberKinds: Object.entries(memberKinds).map(([value, label]) => ({ value, label: `${value}: ${label}` })),
  };
  const words = <F extends { id: string; choices?: Choices }>(field: F, key: string) => ({
    ...field,
    label: say(`register.label.${key}`),
    rules: say(`register.rules.${key}`),
    options: field.choices ? choices[field.choices] : [],
  });
  const rows = <F extends { key: string; choices?: Choices }>(fields: readonly F[], count: number, list: "members" | "events") =>
    Array.from({ length: count }, (_, index) => fields.map((f) => words({ ...f, id: `${list}-${index}-${f.key}` }, `${list}-${f.key}`)));
  return {
    fields: registerFields.map((field) => words(field, field.id)),
    members: { rules: say("register.rules.members"), rows: rows(memberFields, memberRows, "members") },
    events: { rules: say("register.rules.events"), rows: rows(eventFields, eventRows, "events") },
    stateOptions: choices.states,
    vocabulary,
  };
}
