/**
 * A new-alliance issue's body (as GitHub writes an issue form: `### <label>`, a blank line, the
 * answer, `_No response_` when empty) back into answers, then into the alliance file with the
 * same check as `npm run check`. The body is untrusted: sections are taken only in the form's
 * order, each once; anything else is reported, never guessed.
 */
import { scaffoldAlliance, type Answers } from "../alliances/scaffold.ts";
import type { Vocabulary } from "../alliances/schema.ts";
import type { Problem } from "../validation/problem.ts";
import { registerFields, type RowField } from "./fields.ts";
import { issueSections, listFields, noResponse } from "./issue.ts";

export interface IssueResult {
  slug: string;
  text: string;
  problems: Problem[];
}

const ISSUE = "the issue";
const MAX_BODY = 100_000;

/** Splits the body at lines that are exactly `### <a label of the form>`. */
function sections(body: string): { values: Map<string, string>; problems: Problem[] } {
  const problems: Problem[] = [];
  const expected = issueSections();
  const byLabel = new Map(expected.map((s) => [s.label, s.id]));
  const values = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (current) values.set(current, lines.join("\n").trim());
    lines = [];
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const heading = /^### (.+?)\s*$/.exec(line);
    const id = heading ? byLabel.get(heading[1]!) : undefined;
    if (id) {
      if (values.has(id) || id === current) {
        problems.push({ file: ISSUE, field: id, found: `a second "### ${heading![1]}" section`, expected: "each question answered once, as the issue form writes it" });
        current = undefined;
        lines = [];
        continue;
      }
      flush();
      current = id;
    } else if (current) lines.push(line);
  }
  flush();
  const missing = expected.filter((s) => !values.has(s.id));
  if (missing.length === expected.length) {
    problems.push({ file: ISSUE, field: "", found: "no answers from the new-alliance form", expected: "an issue opened from the \"Register a new alliance\" form" });
  }
  return { values, problems };
}

const answer = (value: string | undefined) => (value === undefined || value === noResponse ? "" : value);

function rowsOf(text: string, fields: readonly RowField[]): Record<string, string>[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*[-*]\s+/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const cells = line.split("|").map((c) => c.trim());
      return Object.fromEntries(fields.map((f, i) => [f.key, cells[i] ?? ""]));
    });
}

export function answersFromIssue(body: string): { answers: Answers; problems: Problem[] } {
  if (body.length > MAX_BODY) {
    return { answers: {}, problems: [{ file: ISSUE, field: "", found: `${body.length} characters`, expected: `an issue body of at most ${MAX_BODY} characters` }] };
  }
  const { values, problems } = sections(body);
  const answers: Answers = {};
  for (const field of registerFields) {
    const value = answer(values.get(field.id));
    if (!value) continue;
    if (field.input !== "textarea" && value.includes("\n")) {
      problems.push({ file: ISSUE, field: field.path, found: "several lines", expected: `one line for ${field.label.toLowerCase()}` });
    } else answers[field.answer] = value;
  }
  const members = answer(values.get("members"));
  const events = answer(values.get("events"));
  if (members) answers.members = rowsOf(members, listFields.members.fields);
  if (events) answers.events = rowsOf(events, listFields.events.fields);
  return { answers, problems };
}

/** The alliance file an issue asks for, or every problem with it. */
export function allianceFromIssue(body: string, vocabulary: Vocabulary): IssueResult {
  const { answers, problems } = answersFromIssue(body);
  if (problems.length) return { slug: "", text: "", problems };
  return scaffoldAlliance(answers, vocabulary);
}

/** Problems as a comment a founder can act on: which question, what was found, what is expected. */
export function plainWords(problems: readonly Problem[]): string {
  const labelOf = (field: string) => {
    const row = /^(members|events)\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (row) return `${listFields[row[1] as "members" | "events"].label}, line ${Number(row[2]) + 1}${row[3] ? `, ${row[3]}` : ""}`;
    return registerFields.find((f) => f.path === field || f.id === field)?.label ?? (field || "The issue");
  };
  const lines = problems.map((p) => `- **${labelOf(p.field)}**: found ${p.found}; expected ${p.expected}${p.suggestion ? ` (${p.suggestion})` : ""}.`);
  return [
    "Thank you for registering your alliance. Before it can be added, a few answers need changing:",
    "",
    ...lines,
    "",
    "Edit the issue (the ··· menu, then Edit) to correct them; the check runs again when you save. The form at /alliances/register/ checks every answer as you type.",
  ].join("\n");
}
