/**
 * Reads data/i18n/<lang>.yaml for every language of data/site.yaml and checks that each holds
 * exactly the default language's keys, with the same {placeholders}: a missing key, an unknown
 * key or a lost placeholder is one problem naming the file, the key and what was expected.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { readYamlFile } from "../content/read-source.ts";
import { displayPath, type ProjectPaths } from "../project.ts";
import { placeholdersIn } from "../text/placeholders.ts";
import { closest } from "../validation/did-you-mean.ts";
import { describeValue, type Problem } from "../validation/problem.ts";
import { flattenStrings, type Catalog, type Strings } from "./translate.ts";

/** The folder of the interface strings and the translated data files (data/i18n/<lang>/). */
export const I18N_FOLDER = "i18n";

interface Read {
  strings: Strings;
  problems: Problem[];
  keyLine: (key: string) => number | undefined;
}

function nonText(value: unknown, prefix: string, file: string, line: (key: string) => number | undefined): Problem[] {
  if (typeof value === "string") return value.trim() ? [] : [{ file, line: line(prefix), field: prefix, found: "an empty text", expected: "the text shown on the site" }];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => nonText(child, prefix ? `${prefix}.${key}` : key, file, line));
  }
  return [{ file, line: line(prefix), field: prefix, found: describeValue(value), expected: "a text, or a group of keys" }];
}

function readStrings(paths: ProjectPaths, lang: string): Read {
  const full = path.join(paths.data, I18N_FOLDER, `${lang}.yaml`);
  const file = displayPath(paths, full);
  if (!existsSync(full)) {
    return { strings: {}, keyLine: () => undefined, problems: [{ file, field: "", found: "no such file", expected: `the interface strings of the language "${lang}" (data/site.yaml lists it in languages)` }] };
  }
  const source = readYamlFile(full, file);
  const keyLine = (key: string) => {
    const parts = key.split(".");
    return source.keyLine(parts.slice(0, -1), parts.at(-1) ?? "") ?? source.lineOf(parts);
  };
  if (source.problems.length) return { strings: {}, keyLine, problems: source.problems };
  return { strings: flattenStrings(source.data), keyLine, problems: nonText(source.data ?? {}, "", file, keyLine) };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** Compares a translation with the default language's strings. */
export function compareStrings(reference: Strings, referenceFile: string, strings: Strings, file: string, keyLine: (key: string) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  const known = Object.keys(reference);
  for (const [key, text] of Object.entries(reference)) {
    const translated = strings[key];
    if (translated === undefined) {
      problems.push({ file, field: key, found: "no such key", expected: `a translation of ${referenceFile}'s ${key}: ${describeValue(text)}` });
    } else if (!sameSet(placeholdersIn(text), placeholdersIn(translated))) {
      const wanted = [...new Set(placeholdersIn(text))].map((name) => `{${name}}`);
      problems.push({ file, line: keyLine(key), field: key, found: describeValue(translated), expected: wanted.length ? `a text with the placeholders ${wanted.join(", ")}, as in ${referenceFile}` : `a text without placeholders, as in ${referenceFile}` });
    }
  }
  for (const key of Object.keys(strings)) {
    if (key in reference) continue;
    const guess = closest(key, known);
    problems.push({ file, line: keyLine(key), field: key, found: "an unknown key", expected: `only the keys of ${referenceFile}`, suggestion: guess ? `did you mean \`${guess}\`?` : undefined });
  }
  return problems;
}

/** The catalog of every language, or the problems that keep it from being complete. */
export function loadStrings(paths: ProjectPaths, languages: readonly string[]): { catalog: Catalog | undefined; problems: Problem[] } {
  const [defaultLanguage] = languages;
  if (!defaultLanguage) return { catalog: undefined, problems: [] };
  const reads = new Map(languages.map((lang) => [lang, readStrings(paths, lang)]));
  const problems = [...reads.values()].flatMap((read) => read.problems);
  const reference = reads.get(defaultLanguage)!;
  const referenceFile = displayPath(paths, path.join(paths.data, I18N_FOLDER, `${defaultLanguage}.yaml`));
  if (!reference.problems.length) {
    for (const lang of languages.slice(1)) {
      const read = reads.get(lang)!;
      if (read.problems.length) continue;
      problems.push(...compareStrings(reference.strings, referenceFile, read.strings, displayPath(paths, path.join(paths.data, I18N_FOLDER, `${lang}.yaml`)), read.keyLine));
    }
  }
  if (problems.length) return { catalog: undefined, problems };
  return {
    catalog: { defaultLanguage, languages, strings: Object.fromEntries([...reads].map(([lang, read]) => [lang, read.strings])) },
    problems,
  };
}
