/**
 * Validates everything a founder edits (data files, handbook chapters, news posts, alliances)
 * and returns every problem at once. `npm run check` and the first build stage both use it.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { loadAlliances, type Alliance } from "../alliances/load.ts";
import type { Vocabulary } from "../alliances/schema.ts";
import { preloadAlliances } from "../alliances/load-parallel.ts";
import { readMarkdownFile, type MarkdownSource } from "../content/front-matter.ts";
import { loadData, type SiteData } from "../data/load-data.ts";
import { chapterSchema, newsSchema } from "../handbook/schema.ts";
import { displayPath, type ProjectPaths } from "../project.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import type { Problem } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";
import { addressProblems, unreadFiles, type ContentKind } from "./addresses.ts";

export interface CheckedSite {
  data: SiteData | undefined;
  alliances: Alliance[];
  problems: Problem[];
  counts: { chapters: number; news: number; alliances: number };
}

function markdownIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(folder, name));
}

interface ReadFile {
  file: string;
  source: MarkdownSource;
}

function readAll(paths: ProjectPaths, files: string[]): ReadFile[] {
  return files.map((fullPath) => {
    const file = displayPath(paths, fullPath);
    return { file, source: readMarkdownFile(fullPath, file) };
  });
}

function checkFrontMatter(files: readonly ReadFile[], schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const { file, source } of files) {
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) problems.push(...zodProblems(result.error.issues, file, source, schema));
  }
  return problems;
}

function duplicateOrders(files: readonly ReadFile[]): Problem[] {
  const seen = new Map<number, string>();
  const problems: Problem[] = [];
  for (const { file, source } of files) {
    const order = (source.data as { order?: unknown } | undefined)?.order;
    if (typeof order !== "number") continue;
    const other = seen.get(order);
    if (other) {
      problems.push({
        file,
        line: source.lineOf(["order"]),
        field: "order",
        found: `${order}, which ${other} also uses`,
        expected: "a number no other chapter uses, so the chapters have one reading order",
      });
    } else seen.set(order, file);
  }
  return problems;
}

/** Reserved names, colliding addresses and content files that would be skipped, in every content folder. */
function fileNameProblems(paths: ProjectPaths): Problem[] {
  const folders: [ContentKind, string][] = [
    ["chapter", paths.handbook],
    ["news", paths.news],
    ["alliance", paths.alliances],
  ];
  const problems: Problem[] = [];
  for (const [kind, folder] of folders) {
    if (!existsSync(folder)) continue;
    const names = readdirSync(folder).sort();
    const shown = displayPath(paths, folder);
    problems.push(...unreadFiles(shown, names));
    const files = names.filter((name) => name.endsWith(".md")).map((name) => ({ file: `${shown}/${name}`, kind }));
    problems.push(...addressProblems(files));
  }
  return problems;
}

/** What alliances are checked against: the states (with their county lists) and member kinds in data/. */
export function vocabularyOf(states: StatesTable, memberKinds: MemberKinds): Vocabulary {
  return {
    stateCodes: Object.keys(states),
    memberKinds: Object.keys(memberKinds),
    stateFips: Object.fromEntries(Object.entries(states).map(([code, state]) => [code, state.fips])),
  };
}

export function checkSite(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): CheckedSite {
  const { data, valid, problems } = loadData(paths, env);
  const chapters = readAll(paths, markdownIn(paths.handbook));
  const news = readAll(paths, markdownIn(paths.news));
  problems.push(...checkFrontMatter(chapters, chapterSchema), ...duplicateOrders(chapters));
  problems.push(...checkFrontMatter(news, newsSchema));
  problems.push(...fileNameProblems(paths));

  let alliances: Alliance[] = [];
  if (valid.states && valid["member-kinds"]) {
    const result = loadAlliances(paths, vocabularyOf(valid.states, valid["member-kinds"]));
    alliances = result.alliances;
    problems.push(...result.problems);
  } else if (existsSync(paths.alliances)) {
    problems.push({
      file: displayPath(paths, paths.alliances),
      field: "",
      found: "alliances not checked",
      expected: "valid data files first (alliances are checked against data/states.yaml and data/member-kinds.yaml)",
    });
  }
  return {
    data,
    alliances,
    problems,
    counts: { chapters: chapters.length, news: news.length, alliances: alliances.length },
  };
}

/** checkSite, with a big site's alliance files parsed on every core first (the build and `npm run check`). */
export async function checkSiteInParallel(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): Promise<CheckedSite> {
  const { valid } = loadData(paths, env);
  if (valid.states && valid["member-kinds"]) {
    await preloadAlliances(paths, vocabularyOf(valid.states, valid["member-kinds"]));
  }
  return checkSite(paths, env);
}
