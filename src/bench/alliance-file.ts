/**
 * Alliance files written with the YAML library: the benchmark's synthetic alliances and the tests'
 * fixture alliances are both made here, so they are written the way an editor's YAML is read.
 */
import { stringify } from "yaml";

/** A field's YAML source, written as it is: tests use it for mistakes the library would never write. */
export class YamlText {
  constructor(readonly text: string) {}
}

// lineWidth 0: a long summary stays on one line, as people write it.
const yaml = (fields: Record<string, unknown>) => stringify(fields, { lineWidth: 0 });

/** One top-level field: `key: value`, or `key:` and the value's indented lines. */
function field(key: string, value: unknown): string {
  return value instanceof YamlText ? `${key}:${value.text.startsWith("\n") ? "" : " "}${value.text}\n` : yaml({ [key]: value });
}

/** An alliance file: front matter (fields in this order; undefined ones left out), then the story. */
export function allianceDocument(frontMatter: Record<string, unknown>, story: string): string {
  const fields = Object.entries(frontMatter).filter(([, value]) => value !== undefined);
  // One document is much faster than one per field (the benchmark writes thousands of files).
  const text = fields.some(([, value]) => value instanceof YamlText) ? fields.map(([key, value]) => field(key, value)).join("") : yaml(Object.fromEntries(fields));
  return `---\n${text}---\n${story}\n`;
}
