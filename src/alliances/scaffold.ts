/**
 * Writes a new alliance file from answers (flags or prompts), validated by the same schema and
 * messages as the build.
 */
import { stringify } from "yaml";
import { parseMarkdownFile } from "../content/front-matter.ts";
import { slugify } from "../text/slugify.ts";
import type { Problem } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";
import { allianceSchema, type Vocabulary } from "./schema.ts";

export interface Answers {
  // Flat keys for what flags and prompts ask; lists of rows for members and events.
  name?: string;
  scope?: string;
  state?: string;
  city?: string;
  county?: string;
  region?: string;
  status?: string;
  summary?: string;
  founded?: string;
  host?: string;
  hostUrl?: string;
  contact?: string;
  email?: string;
  phone?: string;
  contactUrl?: string;
  website?: string;
  meetings?: string;
  timezone?: string;
  members?: { name?: string; kind?: string; url?: string }[];
  events?: { date?: string; title?: string; place?: string; url?: string }[];
  /** The alliance's story (the file's body); a placeholder when not given. */
  story?: string;
}

const list = (value: string) => {
  const items = value.split(",").map((item) => item.trim()).filter(Boolean);
  return items.length === 1 ? items[0] : items;
};

/** The front matter as a plain object, leaving out what was not given. */
export function frontMatterOf(answers: Answers): Record<string, unknown> {
  const prune = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== ""));
  return prune({
    name: answers.name,
    scope: answers.scope,
    state: answers.state ? list(answers.state) : undefined,
    city: answers.city,
    county: answers.county ? list(answers.county) : undefined,
    region: answers.region,
    status: answers.status,
    founded: answers.founded,
    summary: answers.summary,
    host: prune({ name: answers.host, url: answers.hostUrl }),
    contact: prune({ name: answers.contact, email: answers.email, phone: answers.phone, url: answers.contactUrl }),
    website: answers.website,
    meetings: answers.meetings,
    timezone: answers.timezone,
    members: rows(answers.members),
    events: rows(answers.events),
  });
}

/** List rows as given, leaving out blank rows and blank cells; undefined when none is left. */
function rows<T extends Record<string, string | undefined>>(list: T[] | undefined): Record<string, string>[] | undefined {
  const kept = (list ?? [])
    .map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v.trim() !== "")) as Record<string, string>)
    .filter((row) => Object.keys(row).length > 0);
  return kept.length ? kept : undefined;
}

export function allianceText(answers: Answers): string {
  const story = answers.story?.trim()
    ? `${answers.story.trim().replace(/\r\n?/g, "\n")}\n`
    : `Tell your alliance's story here: how it started, who is in it, what it does and what it plans.\n`;
  return `---\n${stringify(frontMatterOf(answers), { lineWidth: 0 })}---\n\n${story}`;
}

/** The file's text and slug, or every problem with it, reported against the file it would become. */
export function scaffoldAlliance(answers: Answers, vocabulary: Vocabulary): { slug: string; text: string; problems: Problem[] } {
  const slug = slugify(answers.name ?? "");
  const file = `content/alliances/${slug || "<name>"}.md`;
  const text = allianceText(answers);
  const source = parseMarkdownFile(text, file);
  const schema = allianceSchema(vocabulary);
  // Checked as `npm run check` checks the written file: same parser, schema and messages, same lines.
  const problems = [...source.problems];
  if (!source.problems.length) {
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) problems.push(...zodProblems(result.error.issues, file, source, schema));
  }
  if (!slug) problems.unshift({ file, field: "name", found: "no letters or digits", expected: "a name from which a file name can be made" });
  return { slug, text, problems };
}

/** The schema field each flat answer fills, as problems name it. */
export const answerFields: Record<Exclude<keyof Answers, "members" | "events" | "story">, string> = {
  name: "name",
  scope: "scope",
  state: "state",
  city: "city",
  county: "county",
  region: "region",
  status: "status",
  founded: "founded",
  summary: "summary",
  host: "host.name",
  hostUrl: "host.url",
  contact: "contact.name",
  email: "contact.email",
  phone: "contact.phone",
  contactUrl: "contact.url",
  website: "website",
  meetings: "meetings",
  timezone: "timezone",
};

/**
 * The problems with one answer, checked as `npm run check` would check the whole file: the
 * file is made from the answers so far and only the problems about that field are kept.
 * `also` adds fields whose rules span several answers (`contact`: an email or a url).
 */
export function answerProblems(key: keyof typeof answerFields, answers: Answers, vocabulary: Vocabulary, also: string[] = []): Problem[] {
  const field = answerFields[key];
  const about = (path: string) => path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`) || also.includes(path);
  return scaffoldAlliance(answers, vocabulary).problems.filter((problem) => about(problem.field));
}

/** The problems with the members' rows (`members[0].kind`). */
export function memberProblems(answers: Answers, vocabulary: Vocabulary): Problem[] {
  return scaffoldAlliance(answers, vocabulary).problems.filter((problem) => problem.field.startsWith("members"));
}
