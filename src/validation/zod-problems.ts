/** Turns zod issues into problems a founder can act on, with lines from the YAML source. */
import type { core, z } from "zod";
import type { YamlSource } from "../content/yaml-source.ts";
import { closest } from "./did-you-mean.ts";
import { describeValue, fieldPath, type Problem } from "./problem.ts";

type Issue = core.$ZodIssue & { input?: unknown };

function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `${article(issue.expected)} (the field is required)` : article(issue.expected);
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "string"
        ? `at least ${issue.minimum} characters`
        : issue.origin === "array"
          ? `at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`
          : `a number ≥ ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string"
        ? `at most ${issue.maximum} characters`
        : issue.origin === "array"
          ? `at most ${issue.maximum} items`
          : `a number ≤ ${issue.maximum}`;
    case "invalid_key":
      // A record's key: its own schema's message says what a key must look like.
      return issue.issues[0]?.message ?? issue.message;
    default:
      // Our own schemas word their messages as what is expected.
      return issue.message;
  }
}

const typeNames: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "a group of fields",
  array: "a list",
};

function article(type: string): string {
  return typeNames[type] ?? `a ${type}`;
}

function foundOf(issue: Issue): string {
  if ((issue.code === "too_big" || issue.code === "too_small") && typeof issue.input === "string") {
    const length = issue.input.trim().length;
    return length ? `${length} character${length === 1 ? "" : "s"}` : "an empty text";
  }
  return describeValue(issue.input);
}

type SchemaNode = { def?: { shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; innerType?: unknown; options?: unknown[] } };

/** The field names an object schema allows at `at`, for "did you mean" on unknown fields. */
export function schemaKeys(schema: z.ZodType, at: readonly PropertyKey[]): string[] {
  const unwrap = (node: unknown): SchemaNode | undefined => {
    let current = node as SchemaNode | undefined;
    while (current?.def?.innerType) current = current.def.innerType as SchemaNode;
    return current;
  };
  let current = unwrap(schema);
  for (const step of at) {
    const def = current?.def;
    if (typeof step === "number") current = unwrap(def?.element ?? def?.options?.find((o) => (o as SchemaNode).def?.element));
    else current = unwrap(def?.shape?.[String(step)] ?? def?.valueType);
    if (current?.def?.options) current = unwrap(current.def.options.find((o) => (o as SchemaNode).def?.shape) ?? current);
  }
  return Object.keys(current?.def?.shape ?? {});
}

export function zodProblems(
  issues: readonly core.$ZodIssue[],
  file: string,
  source: Pick<YamlSource, "lineOf" | "keyLine">,
  schema?: z.ZodType,
): Problem[] {
  const knownKeys = (at: readonly PropertyKey[]) => (schema ? schemaKeys(schema, at) : []);
  const problems: Problem[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const guess = closest(key, knownKeys(issue.path));
        problems.push({
          file,
          line: source.keyLine(issue.path, key),
          field: fieldPath([...issue.path, key]),
          found: "an unknown field",
          expected: knownKeys(issue.path).length
            ? `only these fields: ${knownKeys(issue.path).join(", ")}`
            : "no such field",
          suggestion: guess ? `did you mean \`${guess}\`?` : undefined,
        });
      }
      continue;
    }
    if (issue.code === "invalid_union") {
      // Unions here are "X or a list of X": report the closest branch's first complaint.
      const branch = issue.errors.find((errors) => errors.length) ?? [];
      problems.push(
        ...zodProblems(
          branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as core.$ZodIssue),
          file,
          source,
          schema,
        ),
      );
      continue;
    }
    const missing = issue.input === undefined;
    problems.push({
      file,
      // A missing field has no line of its own: name its parent's line, or none at the top level.
      line: missing && issue.path.length <= 1 ? undefined : source.lineOf(missing ? issue.path.slice(0, -1) : issue.path),
      field: fieldPath(issue.path),
      found: foundOf(issue),
      expected: expectedOf(issue),
    });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
