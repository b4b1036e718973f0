/**
 * Splits a Markdown file's text into front matter (parsed with line positions) and body. No file
 * access here: the register page's script runs it in the browser (reading is read-markdown.ts).
 */
import matter from "gray-matter";
import { parseYaml, type YamlSource } from "./yaml-source.ts";

export interface MarkdownSource extends YamlSource {
  body: string;
}

// gray-matter only splits here; the YAML is parsed by parseYaml so problems carry line numbers.
const splitOnly = { engines: { yaml: () => ({}) } } as const;

export function parseMarkdownFile(text: string, file: string): MarkdownSource {
  const split = matter(text, splitOnly as never);
  if (!split.matter && !/^---\r?\n/.test(text)) {
    return {
      ...parseYaml("", file),
      data: undefined,
      body: text,
      problems: [
        {
          file,
          line: 1,
          field: "",
          found: "no front matter",
          expected: "the file to start with a `---` line, YAML fields, and a closing `---` line",
        },
      ],
    };
  }
  // gray-matter keeps the newline after the opening `---`, so the text's line 1 is the file's line 1.
  const source = parseYaml(split.matter, file, 1);
  return { ...source, data: source.data ?? (source.problems.length ? undefined : {}), body: split.content };
}
