/**
 * Reads content and data files from disk (see read-text.ts: encodings, size) and parses them
 * (front-matter.ts, yaml-source.ts). The parsers touch no file, so the register page's script can
 * run them in the browser; this module is the server's side.
 */
import { parseMarkdownFile, type MarkdownSource } from "./front-matter.ts";
import { readText } from "./read-text.ts";
import { parseYaml, type YamlSource } from "./yaml-source.ts";

/** A Markdown file with front matter; `file` is the name shown in problems. */
export function readMarkdownFile(fullPath: string, file: string): MarkdownSource {
  const { text, problems } = readText(fullPath, file);
  if (text === undefined) return { ...parseYaml("", file), data: undefined, body: "", problems };
  return parseMarkdownFile(text, file);
}

/** A YAML file; `file` is the name shown in problems. */
export function readYamlFile(fullPath: string, file: string): YamlSource {
  const { text, problems } = readText(fullPath, file);
  return text === undefined ? { ...parseYaml("", file), data: undefined, problems } : parseYaml(text, file);
}
