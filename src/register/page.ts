/** What the register page shows: every field with its rules (the schema's descriptions) and choices. */
import { allianceSchema, scopes, statuses } from "../alliances/schema.ts";
import { allianceVocabulary } from "../check/check-site.ts";
import { fieldDescriptions } from "../cms/fields.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import { eventFields, eventRows, memberFields, memberRows, registerFields, type Choices } from "./fields.ts";

export interface Option {
  value: string;
  label: string;
}

const storyRule = "Optional: the alliance's own story in plain text or Markdown: how it started, who is in it, what it does.";

export function registerPage(states: StatesTable, memberKinds: MemberKinds) {
  // With the county lists, so the page checks counties exactly as `npm run check` does.
  const vocabulary = allianceVocabulary(states, memberKinds);
  const rules = fieldDescriptions(allianceSchema(vocabulary));
  const choices: Record<Choices, Option[]> = {
    scopes: scopes.map((value) => ({ value, label: value })),
    statuses: statuses.map((value) => ({ value, label: value })),
    states: Object.entries(states).map(([value, state]) => ({ value, label: `${value}: ${state.name}` })),
    memberKinds: Object.entries(memberKinds).map(([value, label]) => ({ value, label: `${value}: ${label}` })),
  };
  const withRules = <F extends { path: string; choices?: Choices }>(field: F) => ({
    ...field,
    rules: field.path === "body" ? storyRule : (rules.get(field.path) ?? ""),
    options: field.choices ? choices[field.choices] : [],
  });
  const rows = <F extends { key: string; path: string; choices?: Choices }>(fields: readonly F[], count: number, list: string) =>
    Array.from({ length: count }, (_, index) => fields.map((f) => ({ ...withRules(f), id: `${list}-${index}-${f.key}` })));
  return {
    fields: registerFields.map(withRules),
    members: { rules: rules.get("members") ?? "", rows: rows(memberFields, memberRows, "members") },
    events: { rules: rules.get("events") ?? "", rows: rows(eventFields, eventRows, "events") },
    stateOptions: choices.states,
    vocabulary,
  };
}
