/** Turns zod issues into problems a founder can act on, with lines from the YAML source. */
import type { core, z } from "zod";
import type { YamlSource } from "../content/yaml-source.ts";
import { closest } from "./did-you-mean.ts";
import { describeValue, fieldPath, type Problem } from "./problem.ts";

type Issue = core.$ZodIssue & { input?: unknown };

function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type": {
      // A schema can name what it wants ("a county name"); zod's own message starts "Invalid input".
      const wanted = issue.message && !issue.message.startsWith("Invalid input") ? issue.message : article(issue.expected);
      return issue.input === undefined ? `${wanted} (the field is required)` : wanted;
    }
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

type Branch = readonly core.$ZodIssue[];

/** True when a union branch rejected the value's very shape (text where it wanted a list, and so on). */
const rejectsShape = (branch: Branch) => branch.some((inner) => inner.code === "invalid_type" && inner.path.length === 0);

/**
 * A union's problems, for the branch the input resembles. Our unions are "X or a list of X"
 * (`county: Cook` or `county: [Cook, DuPage]`) and "text or a number": when the input is a list,
 * what is wrong is inside the list (`county[1]`: the number 42, expected a county name), not that
 * it is not text. When no branch accepts the input's shape, every alternative is named.
 */
function unionProblems(
  issue: Extract<Issue, { code: "invalid_union" }>,
  file: string,
  source: Pick<YamlSource, "lineOf" | "keyLine">,
  schema: z.ZodType | undefined,
): Problem[] | undefined {
  const branches = issue.errors.filter((errors) => errors.length);
  const resembling = branches.find((branch) => !rejectsShape(branch));
  if (resembling) {
    const nested = resembling.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as core.$ZodIssue);
    return zodProblems(nested, file, source, schema);
  }
  const alternatives = branches.map((branch) => branch.find((inner) => inner.code === "invalid_type" && inner.path.length === 0) as Issue);
  if (!alternatives.length) return undefined;
  const single = alternatives.filter((alternative) => alternative.code !== "invalid_type" || alternative.expected !== "array");
  const listOfThem = single.length === alternatives.length - 1;
  const missing = issue.input === undefined;
  // Described as for a present value; "required" is said once, after all of them.
  const described = single.map((alternative) => expectedOf({ ...alternative, input: null } as Issue));
  const required = missing ? " (the field is required)" : "";
  return [
    {
      file,
      line: missing && issue.path.length <= 1 ? undefined : source.lineOf(missing ? issue.path.slice(0, -1) : issue.path),
      field: fieldPath(issue.path),
      found: describeValue(issue.input),
      expected: `${listOfThem ? `${described.join(" or ")}, or a list of them` : described.join(" or ")}${required}`,
    },
  ];
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
      const shaped = unionProblems(issue, file, source, schema);
      if (shaped) {
        problems.push(...shaped);
        continue;
      }
    }
    const missing = issue.input === undefined;
    problems.push({
      file,
      // A missing field has no line of its own: name its parent's line, or none at the top level.
      line: missing && issue.path.length <= 1 ? undefined : source.lineOf(missing ? issue.path.slice(0, -1) : issue.path),
      field: fieldPath(issue.path),
      found: foundOf(issue),
      expected: expectedOf(issue),
      // A schema's own check can offer one ("did you mean `Cook`?").
      suggestion: issue.code === "custom" && typeof issue.params?.suggestion === "string" ? issue.params.suggestion : undefined,
    });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
