/**
 * The data files whose prose is translated (data/i18n/<lang>/<name>.yaml beside data/<name>.yaml).
 * A translation is validated with the same schema and must have the same entries: the same
 * number of items in every list, the same numbers, and the same ids, kits and dates, so facts
 * and dates cannot drift apart between languages; only the words differ.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { readYamlFile } from "../content/read-source.ts";
import type { YamlSource } from "../content/yaml-source.ts";
import { displayPath, type ProjectPaths } from "../project.ts";
import { dataFiles } from "../site/schema.ts";
import { describeValue, fieldPath, type Problem } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";
import { I18N_FOLDER } from "./load-strings.ts";

/** The data files with prose, translated per language. */
export const translatedDataFiles = ["founding-checklist", "talking-points", "icc-facts", "agendas", "kits", "member-kinds", "states"] as const;
export type TranslatedName = (typeof translatedDataFiles)[number];
export type TranslatedData = { [K in TranslatedName]: z.infer<(typeof dataFiles)[K]> };

/** Fields that are facts or identities, not words: equal in every language. */
const FIXED_FIELDS = new Set(["id", "kits", "as_of", "minutes", "fips", "kind"]);

/** Where a translation differs from the original in anything but its words. */
export function differentEntries(original: unknown, translated: unknown, at: PropertyKey[] = [], fixed = false): { path: PropertyKey[]; found: string; expected: string; absent?: boolean }[] {
  if (Array.isArray(original)) {
    if (!Array.isArray(translated) || translated.length !== original.length) {
      return [{ path: at, found: describeValue(translated), expected: `a list of ${original.length}, one for each entry of the original` }];
    }
    return original.flatMap((item, index) => differentEntries(item, translated[index], [...at, index], fixed));
  }
  if (original && typeof original === "object") {
    // A whole entry left out (a state's code) is one problem, not one per field.
    if (translated === undefined) return [{ path: at, found: "no such entry", expected: `the original's entry ${fieldPath(at)}, translated`, absent: true }];
    const other = (translated ?? {}) as Record<string, unknown>;
    const extra = Object.keys(other)
      .filter((key) => !(key in original))
      .map((key) => ({ path: [...at, key], found: "an entry the original does not have", expected: "only the original's entries" }));
    return [...Object.entries(original).flatMap(([key, value]) => differentEntries(value, other[key], [...at, key], fixed || FIXED_FIELDS.has(key))), ...extra];
  }
  if (typeof original === "string" && !fixed) return typeof translated === "string" ? [] : [{ path: at, found: describeValue(translated), expected: `a translation of ${describeValue(original)}` }];
  return original === translated ? [] : [{ path: at, found: describeValue(translated), expected: `${describeValue(original)}, as in the original (facts, numbers and ids are the same in every language)` }];
}

function readTranslation(paths: ProjectPaths, lang: string, name: TranslatedName, original: unknown): { data?: unknown; problems: Problem[] } {
  const full = path.join(paths.data, I18N_FOLDER, lang, `${name}.yaml`);
  const file = displayPath(paths, full);
  if (!existsSync(full)) return { problems: [{ file, field: "", found: "no such file", expected: `the ${lang} translation of data/${name}.yaml` }] };
  const source: YamlSource = readYamlFile(full, file);
  if (source.problems.length) return { problems: source.problems };
  const schema = dataFiles[name] as z.ZodType;
  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (!result.success) return { problems: zodProblems(result.error.issues, file, source, schema) };
  const problems = differentEntries(original, result.data).map((difference) => ({
    file,
    // An entry left out has no line of its own.
    line: difference.absent ? undefined : source.lineOf(difference.path),
    field: fieldPath(difference.path),
    found: difference.found,
    expected: difference.expected,
  }));
  return { data: result.data, problems };
}

/** Every language's translated data; the default language's is the data files themselves. */
export function loadTranslations(paths: ProjectPaths, languages: readonly string[], originals: TranslatedData): { translations: Record<string, TranslatedData>; problems: Problem[] } {
  const [defaultLanguage] = languages;
  const translations: Record<string, TranslatedData> = {};
  const problems: Problem[] = [];
  if (!defaultLanguage) return { translations, problems };
  translations[defaultLanguage] = originals;
  for (const lang of languages.slice(1)) {
    const data: Partial<TranslatedData> = {};
    for (const name of translatedDataFiles) {
      const read = readTranslation(paths, lang, name, originals[name]);
      problems.push(...read.problems);
      if (read.data !== undefined) (data as Record<string, unknown>)[name] = read.data;
    }
    translations[lang] = data as TranslatedData;
  }
  return { translations, problems };
}
