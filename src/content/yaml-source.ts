/**
 * YAML parsed with positions, so a problem can name its line. YAML 1.2 core schema: dates stay
 * strings (YAML 1.1 parsers silently turn 2026-13-45 into a date in 2027; we validate them ourselves).
 */
import { LineCounter, isCollection, isMap, isNode, isPair, isScalar, parseDocument, type Document } from "yaml";
import type { Problem } from "../validation/problem.ts";

/** Far deeper than any real front matter or data file (they nest 3 levels); shallow enough never to exhaust the stack. */
export const MAX_DEPTH = 64;
/** Aliases (`*name`) a file may use: a few are handy, thousands are an alias bomb ("billion laughs"). */
export const MAX_ALIASES = 100;

const HOSTILE = "a small, plain YAML file: front matter and data files nest a few levels and need no aliases";

/** How deeply the document's collections nest, walked without recursion so depth itself cannot overflow. */
function depthOf(doc: Document): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) break;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return deepest;
}

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
  const hostile = (found: string): YamlSource => ({
    data: undefined,
    problems: [{ file, field: "", found, expected: HOSTILE }],
    lineOf: () => undefined,
    keyLine: () => undefined,
  });
  // The parser catches its own stack overflow and reports it as an error at some line: say what it means.
  if (doc.errors.some((error) => /call stack/i.test(error.message)) || depthOf(doc) > MAX_DEPTH) {
    return hostile(`YAML nested more than ${MAX_DEPTH} levels deep`);
  }
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

  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      // The only thing toJS refuses in a document that parsed: too many aliases.
      if (error instanceof ReferenceError && /alias/i.test(error.message)) return hostile(`aliases expanding to too much data (more than ${MAX_ALIASES} uses of \`*name\`: an "alias bomb")`);
      throw error;
    }
  }

  return {
    data,
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
