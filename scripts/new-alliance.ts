/**
 * `npm run new:alliance`: writes content/alliances/<slug>.md. In a terminal, each missing or wrong
 * answer is asked for and checked as it is given (same schema and message as `npm run check`);
 * fixed choices are picked from a list. Then it prints the flags that would do the same.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface, type Interface } from "node:readline/promises";
import { answerFields, answerProblems, memberProblems, scaffoldAlliance, type Answers } from "../src/alliances/scaffold.ts";
import { scopes, statuses, type Vocabulary } from "../src/alliances/schema.ts";
import { allianceVocabulary } from "../src/check/check-site.ts";
import { runCli, type FlagSpec } from "../src/cli/run-cli.ts";
import { loadData } from "../src/data/load-data.ts";
import { displayPath, projectPaths, type ProjectPaths } from "../src/project.ts";
import { formatProblem, type Problem } from "../src/validation/problem.ts";

const text = (description: string, value = "<text>"): FlagSpec => ({ type: "string", description, value });
const flags = {
  name: text("Name of the alliance (3–160 characters); the file name is made from it."),
  scope: text("city, county, state or region.", "<scope>"),
  state: text("USPS code, e.g. IL; for a region across states, a comma-separated list.", "<code>"),
  city: text("City (required when scope is city)."),
  county: text("County, or comma-separated counties (required when scope is county)."),
  region: text("Region name (required when scope is region)."),
  status: text("forming, active or dormant (default: forming).", "<status>"),
  summary: text("One or two sentences, at most 300 characters."),
  founded: text("YYYY or YYYY-MM-DD.", "<date>"),
  host: text("Name of the organization that backs the founder."),
  "host-url": text("Host organization's website (http/https).", "<url>"),
  contact: text("Contact person's name."),
  email: text("Contact email.", "<email>"),
  phone: text("Contact phone.", "<phone>"),
  "contact-url": text("Contact page (http/https).", "<url>"),
  website: text("The alliance's website (http/https).", "<url>"),
  meetings: text("When and where it meets, as plain text."),
  timezone: text("IANA time zone for the events' times, e.g. America/Chicago (when the state does not settle it).", "<zone>"),
  members: text('Members as "Name | kind | url", several separated by ";".', "<list>"),
} satisfies Record<string, FlagSpec>;

type Key = keyof typeof answerFields;
const flagOf: Record<Key, keyof typeof flags> = {
  name: "name", scope: "scope", state: "state", city: "city", county: "county", region: "region", status: "status",
  founded: "founded", summary: "summary", host: "host", hostUrl: "host-url", contact: "contact", email: "email",
  phone: "phone", contactUrl: "contact-url", website: "website", meetings: "meetings", timezone: "timezone",
};

interface Question {
  key: Key;
  question: string;
  optional?: boolean;
  /** Picked from a numbered list: fixed choices, or the state codes of data/states.yaml. */
  choices?: readonly string[] | "states";
  when?: (answers: Answers) => boolean;
  /** Problems about other fields this answer settles. */
  also?: string[];
}

const questions: Question[] = [
  { key: "name", question: "Name of the alliance" },
  { key: "scope", question: "Scope", choices: scopes },
  { key: "state", question: "State (for a region across states, codes separated by commas)", choices: "states" },
  { key: "city", question: "City", when: (a) => a.scope === "city" },
  { key: "county", question: "County (several separated by commas)", when: (a) => a.scope === "county" },
  { key: "region", question: "Region (such as Twin Cities)", when: (a) => a.scope === "region" },
  { key: "status", question: "Status", choices: statuses },
  { key: "founded", question: "Founded (YYYY or YYYY-MM-DD)", optional: true },
  { key: "summary", question: "Summary (one or two sentences, 10–300 characters)" },
  { key: "host", question: "Host organization" },
  { key: "hostUrl", question: "Host organization's website", optional: true },
  { key: "contact", question: "Contact person" },
  { key: "email", question: "Contact email (or press Enter to give a contact page instead)", optional: true },
  { key: "phone", question: "Contact phone", optional: true },
  { key: "contactUrl", question: "Contact page", optional: true, when: (a) => !a.email, also: ["contact"] },
  { key: "website", question: "The alliance's website", optional: true },
  { key: "meetings", question: "Meetings (when and where)", optional: true },
];

function membersFrom(value: string | undefined): Answers["members"] {
  if (!value) return undefined;
  return value.split(";").map((row) => {
    const [name, kind, url] = row.split("|").map((cell) => cell.trim());
    return { name, kind, url };
  });
}

/** A choice by its number or its name. */
function pick(answer: string, choices: readonly string[]): string {
  const number = Number(answer);
  return Number.isInteger(number) && number >= 1 && number <= choices.length ? choices[number - 1]! : answer;
}

/** A numbered list; long ones (the states) in columns. */
function listing(choices: readonly string[], labels: Record<string, string> = {}): string {
  const items = choices.map((choice, i) => `${String(i + 1).padStart(2)}. ${labels[choice] ? `${choice} ${labels[choice]}` : choice}`);
  if (items.length <= 12) return items.map((item) => `  ${item}`).join("\n");
  const width = Math.max(...items.map((item) => item.length)) + 2;
  const rows: string[] = [];
  for (let i = 0; i < items.length; i += 3) rows.push(`  ${items.slice(i, i + 3).map((item) => item.padEnd(width)).join("").trimEnd()}`);
  return rows.join("\n");
}

async function ask(prompt: Interface, question: Question, answers: Answers, vocabulary: Vocabulary, paths: ProjectPaths, stateNames: Record<string, string>): Promise<void> {
  const choices = question.choices === "states" ? vocabulary.stateCodes : question.choices;
  for (;;) {
    const given = answers[question.key];
    if (given === undefined) {
      if (choices) console.log(`${question.question}: pick one\n${listing(choices, question.choices === "states" ? stateNames : {})}`);
      const suffix = choices ? ` (number or ${question.choices === "states" ? "code" : "name"})` : question.optional ? " (optional, Enter to skip)" : "";
      const typed = (await prompt.question(`${choices ? "Your choice" : question.question}${suffix}: `)).trim();
      answers[question.key] = choices ? pick(typed, choices) || undefined : typed || undefined;
    }
    const problems: Problem[] = answerProblems(question.key, answers, vocabulary, question.also);
    const slug = scaffoldAlliance(answers, vocabulary).slug;
    if (question.key === "name" && slug && existsSync(path.join(paths.alliances, `${slug}.md`))) {
      problems.push({ file: `content/alliances/${slug}.md`, field: "name", found: "an alliance with this file name already", expected: "a name no other alliance has" });
    }
    if (!problems.length) return;
    for (const problem of problems) console.log(formatProblem(problem));
    answers[question.key] = undefined;
  }
}

async function askMembers(prompt: Interface, answers: Answers, vocabulary: Vocabulary, kinds: readonly string[]): Promise<void> {
  for (;;) {
    const more = (await prompt.question(`Add ${answers.members?.length ? "another" : "a"} member organization? (y/N): `)).trim().toLowerCase();
    if (!more.startsWith("y")) return;
    const member: { name?: string; kind?: string; url?: string } = {};
    answers.members = [...(answers.members ?? []), member];
    const at = answers.members.length - 1;
    const field = async (key: "name" | "kind" | "url", question: string, choices?: readonly string[]) => {
      for (;;) {
        if (choices) console.log(`${question}: pick one\n${listing(choices)}`);
        const typed = (await prompt.question(`${choices ? "Your choice (number or name)" : question}: `)).trim();
        member[key] = (choices ? pick(typed, choices) : typed) || undefined;
        const problems = memberProblems(answers, vocabulary).filter((p) => p.field === `members[${at}].${key}` || p.field === `members[${at}]`);
        if (!problems.length) return;
        for (const problem of problems) console.log(formatProblem(problem));
      }
    };
    await field("name", "Member organization's name");
    await field("kind", "Kind of organization", kinds);
    await field("url", "Its website (optional, Enter to skip)");
  }
}

const quote = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

function flagsCommand(answers: Answers): string {
  const parts = ["npm run new:alliance --"];
  for (const [key, flag] of Object.entries(flagOf) as [Key, string][]) {
    const value = answers[key];
    if (value) parts.push(`--${flag} ${quote(value)}`);
  }
  const members = (answers.members ?? []).map((m) => [m.name, m.kind, m.url].filter(Boolean).join(" | ")).join("; ");
  if (members) parts.push(`--members ${quote(members)}`);
  return parts.join(" \\\n  ");
}

await runCli(
  { name: "new:alliance", summary: "Create content/alliances/<slug>.md for a new alliance. In a terminal, missing or wrong values are asked for and checked one by one.", flags },
  async (values) => {
    const paths = projectPaths();
    const { valid, problems: dataProblems } = loadData(paths);
    if (!valid.states || !valid["member-kinds"]) {
      for (const problem of dataProblems) console.error(formatProblem(problem));
      return 1;
    }
    const vocabulary = allianceVocabulary(valid.states, valid["member-kinds"]);
    const answers: Answers = { members: membersFrom(values.members) };
    for (const [key, flag] of Object.entries(flagOf) as [Key, keyof typeof flags][]) answers[key] = values[flag];
    const interactive = process.stdin.isTTY && process.stdout.isTTY;
    const stateNames = Object.fromEntries(Object.entries(valid.states).map(([code, state]) => [code, state.name]));

    if (interactive) {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      try {
        for (const question of questions) {
          if (question.when && !question.when(answers)) continue;
          await ask(prompt, question, answers, vocabulary, paths, stateNames);
        }
        if (!answers.members) await askMembers(prompt, answers, vocabulary, vocabulary.memberKinds);
      } finally {
        prompt.close();
      }
    } else answers.status ??= "forming";

    const { slug, text: fileText, problems } = scaffoldAlliance(answers, vocabulary);
    if (problems.length) {
      for (const problem of problems) console.error(formatProblem(problem));
      console.error("new:alliance: nothing was written. Pass the missing or corrected values as flags (see --help), or run it in a terminal to be asked.");
      return 1;
    }
    const file = path.join(paths.alliances, `${slug}.md`);
    if (existsSync(file)) {
      console.error(`new:alliance: ${displayPath(paths, file)} already exists; nothing was written. Edit that file, or choose another name.`);
      return 1;
    }
    mkdirSync(paths.alliances, { recursive: true });
    writeFileSync(file, fileText, { flag: "wx" });
    console.log(`new:alliance: wrote ${displayPath(paths, file)}. Add events and your story, then run npm run check.`);
    if (interactive) console.log(`\nNext time, the same in one command:\n${flagsCommand(answers)}`);
    return 0;
  },
);
