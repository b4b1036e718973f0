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

export function loadAlliances(paths: ProjectPaths, vocabulary: Vocabulary): AlliancesResult {
  const schema = allianceSchema(vocabulary);
  const story = createStoryMarkdown();
  const problems: Problem[] = [];
  const alliances: Alliance[] = [];

  for (const fullPath of allianceFiles(paths)) {
    const file = displayPath(paths, fullPath);
    const slug = path.basename(fullPath, ".md");
    if (!slugPattern.test(slug)) {
      problems.push({
        file,
        field: "file name",
        found: JSON.stringify(`${slug}.md`),
        expected: "a slug of lowercase letters, digits and single hyphens, such as twin-cities.md",
      });
    }
    const source = parseMarkdownFile(readFileSync(fullPath, "utf8"), file);
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(result.error.issues, file, source, schema));
      continue;
    }
    const storyHtml = story.render(source.body);
    alliances.push({ ...result.data, slug, file, storyHtml, storyText: source.body.trim() });
  }
  alliances.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { alliances, problems };
}
