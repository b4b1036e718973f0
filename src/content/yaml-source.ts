/**
 * YAML parsed with positions, so a problem can name its line. YAML 1.2 core schema: dates stay
 * strings (YAML 1.1 parsers silently turn 2026-13-45 into a date in 2027; we validate them ourselves).
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from "yaml";
import type { Problem } from "../validation/problem.ts";

export interface YamlSource {
  data: unknown;
  /** The file line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The file line of key `key` in the map at `path`. */
  keyLine(path: readonly PropertyKey[], key: string): number | undefined;
  problems: Problem[];
}

/** `firstLine` is the file line of the text's first line (front matter starts on line 2). */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line !== undefined ? error.linePos[0].line + firstLine - 1 : undefined;
    // The YAML parser can report one mistake several times; one message per line is enough.
    const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    if (seen.has(`${line}`)) continue;
    seen.add(`${line}`);
    problems.push({
      file,
      line,
      field: "",
      found: `invalid YAML (${message})`,
      expected: "well-formed YAML: `key: value` lines, lists with `- `, quotes around text containing `: ` or `#`",
    });
  }

  const nodeAt = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return node;
    }
    return undefined;
  };

  return {
    data: problems.length ? undefined : doc.toJS(),
    problems,
    lineOf(path) {
      const node = nodeAt(path);
      return node?.range ? toFileLine(node.range[0]) : undefined;
    },
    keyLine(path, key) {
      const parent = nodeAt(path);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key) && pair.key.range) return toFileLine(pair.key.range[0]);
      }
      return parent?.range ? toFileLine(parent.range[0]) : undefined;
    },
  };
}
