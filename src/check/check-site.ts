/**
 * Validates everything a founder edits (data files, handbook chapters, news posts, alliances)
 * and returns every problem at once. `npm run check` and the first build stage both use it.
 */
import { countyListsByState } from "../alliances/counties.ts";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { allianceFiles, collectAlliances, parseAllianceFiles, type Alliance, type ParsedFile } from "../alliances/load.ts";
import { parseAlliancesInParallel } from "../alliances/load-parallel.ts";
import type { Vocabulary } from "../alliances/schema.ts";
import type { MarkdownSource } from "../content/front-matter.ts";
import { readMarkdownFile } from "../content/read-source.ts";
import { loadData, type DataResult, type SiteData } from "../data/load-data.ts";
import { chapterSchema, newsSchema } from "../handbook/schema.ts";
import { missingPieceTemplates } from "../kits/pieces.ts";
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

/** A Markdown file's front matter, parsed once for every check that reads it. */
interface ParsedMarkdown {
  file: string;
  source: MarkdownSource;
}

function parseAll(paths: ProjectPaths, files: string[]): ParsedMarkdown[] {
  return files.map((fullPath) => {
    const file = displayPath(paths, fullPath);
    return { file, source: readMarkdownFile(fullPath, file) };
  });
}

function checkFrontMatter(parsed: ParsedMarkdown[], schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const { file, source } of parsed) {
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) problems.push(...zodProblems(result.error.issues, file, source, schema));
  }
  return problems;
}

function duplicateOrders(parsed: ParsedMarkdown[]): Problem[] {
  const seen = new Map<number, string>();
  const problems: Problem[] = [];
  for (const { file, source } of parsed) {
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

/** A translated post (same file name as its original) keeps its original's date: facts stay the same in every language. */
function datesOfTranslations(translated: ParsedMarkdown[], originals: ParsedMarkdown[]): Problem[] {
  const dateOf = (parsed: ParsedMarkdown) => {
    const date = (parsed.source.data as { date?: unknown } | undefined)?.date;
    return date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === "string" ? date : undefined;
  };
  const originalDates = new Map(originals.map((parsed) => [path.basename(parsed.file), { file: parsed.file, date: dateOf(parsed) }]));
  return translated.flatMap((parsed) => {
    const original = originalDates.get(path.basename(parsed.file));
    const date = dateOf(parsed);
    if (!original?.date || !date || date === original.date) return [];
    return [{
      file: parsed.file,
      line: parsed.source.lineOf(["date"]),
      field: "date",
      found: date,
      expected: `${original.date}, the date of the original (${original.file}): a translation keeps its original's facts and date`,
    }];
  });
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
export function allianceVocabulary(states: StatesTable, memberKinds: MemberKinds, languages?: readonly string[]): Vocabulary {
  return {
    languages,
    stateCodes: Object.keys(states),
    memberKinds: Object.keys(memberKinds),
    counties: countyListsByState(states),
  };
}

/** The vocabulary, once data/states.yaml and data/member-kinds.yaml are valid. */
function vocabularyOf({ valid }: DataResult): Vocabulary | undefined {
  return valid.states && valid["member-kinds"] ? allianceVocabulary(valid.states, valid["member-kinds"], valid.site?.languages) : undefined;
}

/** Everything but the alliance files' parsing, which the two entry points below do their own way. */
function assemble(paths: ProjectPaths, dataResult: DataResult, parsed: ParsedFile[] | undefined): CheckedSite {
  const { data, problems } = dataResult;
  const chapters = parseAll(paths, markdownIn(paths.handbook));
  // Each other language's chapters (content/<lang>/handbook/) are checked the same way, their orders apart.
  const translatedChapters = (dataResult.valid.site?.languages ?? []).slice(1).map((lang) => parseAll(paths, markdownIn(path.join(paths.content, lang, "handbook"))));
  for (const parsed of translatedChapters) problems.push(...checkFrontMatter(parsed, chapterSchema), ...duplicateOrders(parsed));
  const news = parseAll(paths, markdownIn(paths.news));
  // And each other language's news posts (content/<lang>/news/), dated as their originals.
  for (const lang of (dataResult.valid.site?.languages ?? []).slice(1)) {
    const translated = parseAll(paths, markdownIn(path.join(paths.content, lang, "news")));
    problems.push(...checkFrontMatter(translated, newsSchema), ...datesOfTranslations(translated, news));
  }
  problems.push(...checkFrontMatter(chapters, chapterSchema), ...duplicateOrders(chapters));
  problems.push(...checkFrontMatter(news, newsSchema));
  problems.push(...fileNameProblems(paths));
  if (dataResult.valid.kits) problems.push(...missingPieceTemplates(paths, dataResult.valid.kits));

  let alliances: Alliance[] = [];
  if (parsed) {
    const result = collectAlliances(parsed);
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

/** How alliance files are read and checked: all of them (the default), or only the changed ones (`npm start`'s rebuilds). */
export type AllianceParser = (paths: ProjectPaths, vocabulary: Vocabulary, files: readonly string[]) => ParsedFile[];

/** Checks the whole site on this thread; `dataResult`: data/ as loaded before (`npm start`, when only alliance files changed). */
export function checkSite(
  paths: ProjectPaths,
  env: NodeJS.ProcessEnv = process.env,
  parse: AllianceParser = parseAllianceFiles,
  dataResult: DataResult = loadData(paths, env),
): CheckedSite {
  const vocabulary = vocabularyOf(dataResult);
  return assemble(paths, dataResult, vocabulary && parse(paths, vocabulary, allianceFiles(paths)));
}

/** checkSite, with a big site's alliance files parsed on every core (the build and `npm run check`). */
export async function checkSiteInParallel(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): Promise<CheckedSite> {
  const dataResult = loadData(paths, env);
  const vocabulary = vocabularyOf(dataResult);
  return assemble(paths, dataResult, vocabulary && (await parseAlliancesInParallel(paths, vocabulary)));
}
