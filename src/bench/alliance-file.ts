/**
 * Alliance files written with the YAML library: the benchmark's synthetic alliances and the tests'
 * fixture alliances are both made here, so they are written the way an editor's YAML is read.
 */
import { stringify } from "yaml";

/** A field's YAML source, written as it is: tests use it for mistakes the library would never write. */
export class YamlText {
  constructor(readonly text: string) {}
}

/** One top-level field: `key: value`, or `key:` and the value's indented lines. */
function field(key: string, value: unknown): string {
  if (value instanceof YamlText) return `${key}:${value.text.startsWith("\n") ? "" : " "}${value.text}\n`;
  // lineWidth 0: a long summary stays on one line, as people write it.
  return stringify({ [key]: value }, { lineWidth: 0 });
}

/** An alliance file: front matter (fields in this order; undefined ones left out), then the story. */
export function allianceDocument(frontMatter: Record<string, unknown>, story: string): string {
  const fields = Object.entries(frontMatter).filter(([, value]) => value !== undefined);
  return `---\n${fields.map(([key, value]) => field(key, value)).join("")}---\n${story}\n`;
}
