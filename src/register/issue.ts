/**
 * The GitHub issue form for registering an alliance (.github/ISSUE_TEMPLATE/new-alliance.yml),
 * made from the register fields, and the issue's fields from a founder's answers (to pre-fill it).
 * Members and events are one per line, cells separated by ` | `.
 */
import { stringify } from "yaml";
import { scopes, statuses } from "../alliances/schema.ts";
import type { Answers } from "../alliances/scaffold.ts";
import { eventFields, memberFields, registerFields, type RowField } from "./fields.ts";

export const issueLabel = "new-alliance";
export const noResponse = "_No response_";

const rowHelp = (fields: readonly RowField[]) => `One per line: ${fields.map((f) => f.label.toLowerCase()).join(" | ")}`;

export const listFields = {
  members: { label: "Members", fields: memberFields, help: `${rowHelp(memberFields)}, for example: First Church | faith | https://example.org` },
  events: { label: "Events", fields: eventFields, help: `${rowHelp(eventFields)}, for example: 2027-01-20T19:00 | Founding meeting | Central Library` },
} as const;

/** The issue form's fields in order, with the labels the issue body shows as `### <label>`. */
export function issueSections(): { id: string; label: string }[] {
  return [
    ...registerFields.filter((f) => f.id !== "story").map(({ id, label }) => ({ id, label })),
    { id: "members", label: listFields.members.label },
    { id: "events", label: listFields.events.label },
    { id: "story", label: registerFields.find((f) => f.id === "story")!.label },
  ];
}

export function issueForm(descriptions: Map<string, string>) {
  const body = issueSections().map(({ id, label }) => {
    const field = registerFields.find((f) => f.id === id);
    const list = id === "members" || id === "events" ? listFields[id] : undefined;
    const description = list?.help ?? (field && descriptions.get(field.path)) ?? "Optional.";
    const required = field?.required ?? false;
    if (field?.choices === "scopes" || field?.choices === "statuses") {
      return { type: "dropdown", id, attributes: { label, description, options: [...(field.choices === "scopes" ? scopes : statuses)] }, validations: { required } };
    }
    const multiline = !!list || field?.input === "textarea";
    return { type: multiline ? "textarea" : "input", id, attributes: { label, description }, validations: { required } };
  });
  return {
    name: "Register a new alliance",
    description: "Add your alliance to the directory. A maintainer's check turns this issue into a pull request adding your alliance's file.",
    title: "New alliance: ",
    labels: [issueLabel],
    body: [
      { type: "markdown", attributes: { value: "Every field is checked with the same rules as the site's build. The easiest way to fill this in is the form at /alliances/register/, which checks as you type." } },
      ...body,
    ],
  };
}

export function issueFormYaml(descriptions: Map<string, string>): string {
  return `# Generated from src/register/issue.ts (npm run issue-to-alliance -- --write-template); do not edit.\n${stringify(issueForm(descriptions), { lineWidth: 0 })}`;
}

const cell = (value: string | undefined) => (value ?? "").replace(/\s*\|\s*/g, " / ").replace(/\s+/g, " ").trim();

/** The issue's field values from answers, by field id, for a pre-filled issue URL. */
export function issueValues(answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of registerFields) values[field.id] = answers[field.answer] ?? "";
  const lines = <T extends Record<string, string | undefined>>(rows: T[] | undefined, fields: readonly RowField[]) =>
    (rows ?? [])
      .map((row) => fields.map((f) => cell(row[f.key])).join(" | ").replace(/(?: \| )+$/, ""))
      .filter((line) => line.replace(/[\s|]/g, ""))
      .join("\n");
  values.members = lines(answers.members, memberFields);
  values.events = lines(answers.events, eventFields);
  return values;
}

/** https://github.com/owner/name/issues/new?template=…, pre-filled. */
export function issueUrl(repository: string, answers: Answers): string {
  const url = new URL(`${repository.replace(/\/$/, "")}/issues/new`);
  url.searchParams.set("template", "new-alliance.yml");
  url.searchParams.set("title", `New alliance: ${answers.name ?? ""}`);
  for (const [id, value] of Object.entries(issueValues(answers))) if (value) url.searchParams.set(id, value);
  return url.href;
}
