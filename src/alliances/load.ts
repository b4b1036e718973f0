/** Reads every content/alliances/*.md, validates it against the schema and renders its story. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseMarkdownFile } from "../content/front-matter.ts";
import { readText } from "../content/read-text.ts";
import { createStoryMarkdown } from "../markdown/create.ts";
import { displayPath, type ProjectPaths } from "../project.ts";
import { slugPattern } from "../validation/fields.ts";
import type { Problem } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";
import { allianceSchema, type AllianceFrontMatter, type Vocabulary } from "./schema.ts";

export interface Alliance extends AllianceFrontMatter {
  slug: string;
  /** The source file, relative to the site's folder. */
  file: string;
  /** The story, rendered safely: raw HTML shows as text. */
  storyHtml: string;
  storyText: string;
}

export interface AlliancesResult {
  alliances: Alliance[];
  problems: Problem[];
}

export function allianceFiles(paths: ProjectPaths): string[] {
  if (!existsSync(paths.alliances)) return [];
  return readdirSync(paths.alliances)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(paths.alliances, name));
}

interface FileResult {
  alliance?: Alliance | undefined;
  problems: Problem[];
}

/** One file read and checked: what loadAlliances keeps, and what a parsing thread sends back. */
export interface ParsedFile {
  fullPath: string;
  text: string;
  result: FileResult;
}

/**
 * Each file's result, by path, for as long as its text and the vocabulary stay the same: a build
 * checks every alliance before Eleventy runs, then Eleventy asks for them again in the same
 * process (and `npm start` after every edit). Parsing YAML with positions is most of the cost.
 */
const checked = new Map<string, { text: string; vocabulary: string; result: FileResult }>();

const vocabularyKey = (vocabulary: Vocabulary) => JSON.stringify([vocabulary.stateCodes, vocabulary.memberKinds, vocabulary.stateFips]);
const memoKey = (paths: ProjectPaths, fullPath: string) => `${fullPath}\0${displayPath(paths, fullPath)}`;

function checkFile(
  paths: ProjectPaths,
  fullPath: string,
  text: string,
  schema: ReturnType<typeof allianceSchema>,
  story: ReturnType<typeof createStoryMarkdown>,
): FileResult {
  const file = displayPath(paths, fullPath);
  const problems: Problem[] = [];
  const slug = path.basename(fullPath, ".md");
  if (!slugPattern.test(slug)) {
    problems.push({
      file,
      field: "file name",
      found: JSON.stringify(`${slug}.md`),
      expected: "a slug of lowercase letters, digits and single hyphens, such as twin-cities.md",
    });
  }
  const source = parseMarkdownFile(text, file);
  problems.push(...source.problems);
  if (source.problems.length) return { alliance: undefined, problems };
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { alliance: undefined, problems: [...problems, ...zodProblems(result.error.issues, file, source, schema)] };
  return { alliance: { ...result.data, slug, file, storyHtml: story.render(source.body), storyText: source.body.trim() }, problems };
}

/** Reads and checks the given files, from the memo where their text has not changed. */
export function parseAllianceFiles(paths: ProjectPaths, vocabulary: Vocabulary, files: readonly string[]): ParsedFile[] {
  const key = vocabularyKey(vocabulary);
  let schema: ReturnType<typeof allianceSchema> | undefined;
  let story: ReturnType<typeof createStoryMarkdown> | undefined;
  return files.map((fullPath) => {
    const read = readText(fullPath, displayPath(paths, fullPath));
    if (read.text === undefined) return { fullPath, text: "", result: { alliance: undefined, problems: read.problems } };
    const text = read.text;
    const last = checked.get(memoKey(paths, fullPath));
    if (last && last.text === text && last.vocabulary === key) return { fullPath, text, result: last.result };
    schema ??= allianceSchema(vocabulary);
    story ??= createStoryMarkdown();
    const result = checkFile(paths, fullPath, text, schema, story);
    checked.set(memoKey(paths, fullPath), { text, vocabulary: key, result });
    return { fullPath, text, result };
  });
}

/** Keeps files another thread parsed, so loadAlliances finds them (unless they changed since). */
export function rememberParsed(paths: ProjectPaths, vocabulary: Vocabulary, parsed: readonly ParsedFile[]): void {
  const key = vocabularyKey(vocabulary);
  for (const { fullPath, text, result } of parsed) checked.set(memoKey(paths, fullPath), { text, vocabulary: key, result });
}

const byName = new Intl.Collator("en");

export function loadAlliances(paths: ProjectPaths, vocabulary: Vocabulary): AlliancesResult {
  const problems: Problem[] = [];
  const alliances: Alliance[] = [];
  for (const { result } of parseAllianceFiles(paths, vocabulary, allianceFiles(paths))) {
    problems.push(...result.problems);
    if (result.alliance) alliances.push(result.alliance);
  }
  alliances.sort((a, b) => byName.compare(a.name, b.name));
  return { alliances, problems };
}
