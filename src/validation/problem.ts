/**
 * A problem found in user input, reported so a founder can act on it: where (file, line),
 * which field, what was found and what was expected.
 */
export interface Problem {
  file: string;
  line?: number | undefined;
  /** Dotted field path such as `contact.email` or `members[2].kind`; empty for the file as a whole. */
  field: string;
  found: string;
  expected: string;
  suggestion?: string | undefined;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field}:` : "";
  const hint = p.suggestion ? ` (${p.suggestion})` : "";
  return `${where}:${field} found ${p.found}; expected ${p.expected}${hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}:`;
  return [head, ...problems.map((p) => `  ${formatProblem(p)}`)].join("\n");
}

/** Thrown when input is invalid; carries every problem so all are reported at once. */
export class ValidationError extends Error {
  /** Read by Eleventy (`npm start`'s rebuilds): the problems say what to fix; a stack trace after them says nothing to an editor. */
  readonly skipOriginalStack = true;

  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ValidationError";
  }
}

/** Shows a found value briefly and unambiguously: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : "an empty list";
  if (typeof value === "object") return "a group of fields";
  // "found the number 42; expected a county name" reads unambiguously where "found 42" might not.
  if (typeof value === "number") return `the number ${value}`;
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
