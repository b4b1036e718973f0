/** Reads every content/alliances/*.md, validates it against the schema and renders its story. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseMarkdownFile } from "../content/front-matter.ts";
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
  result: FileResult;
}

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

/** Reads and checks the given files. */
export function parseAllianceFiles(paths: ProjectPaths, vocabulary: Vocabulary, files: readonly string[]): ParsedFile[] {
  const schema = allianceSchema(vocabulary);
  const story = createStoryMarkdown();
  return files.map((fullPath) => ({ fullPath, result: checkFile(paths, fullPath, readFileSync(fullPath, "utf8"), schema, story) }));
}

const byName = new Intl.Collator("en");

/** The alliances of parsed files, by name, and every problem found in them. */
export function collectAlliances(parsed: readonly ParsedFile[]): AlliancesResult {
  const problems: Problem[] = [];
  const alliances: Alliance[] = [];
  for (const { result } of parsed) {
    problems.push(...result.problems);
    if (result.alliance) alliances.push(result.alliance);
  }
  alliances.sort((a, b) => byName.compare(a.name, b.name));
  return { alliances, problems };
}

/** Every content/alliances/*.md, read and checked on this thread. */
export function loadAlliances(paths: ProjectPaths, vocabulary: Vocabulary): AlliancesResult {
  return collectAlliances(parseAllianceFiles(paths, vocabulary, allianceFiles(paths)));
}
