/**
 * The shell of every script: declared flags with descriptions, a true `--help`, flag validation
 * with one message per problem, and the exit code.
 */
import { parseArgs } from "node:util";
import { closest } from "../validation/did-you-mean.ts";

export interface FlagSpec {
  type: "string" | "boolean";
  description: string;
  /** Shown in help, e.g. `<slug>`. */
  value?: string;
  /** Returns what was expected when the value is wrong. */
  check?: (value: string) => string | undefined;
}

export interface CliSpec<F extends Record<string, FlagSpec>> {
  name: string;
  summary: string;
  flags: F;
  /** Arguments after the options (e.g. `<folder>...`); without it, any argument is a problem. */
  args?: { value: string; description: string; min: number };
}

export type FlagValues<F extends Record<string, FlagSpec>> = {
  [K in keyof F]?: F[K]["type"] extends "boolean" ? boolean : string;
};

export function helpText<F extends Record<string, FlagSpec>>(spec: CliSpec<F>): string {
  const rows = Object.entries(spec.flags).map(([name, flag]) => [`--${name}${flag.value ? ` ${flag.value}` : ""}`, flag.description]);
  rows.push(["--help", "Show this help."]);
  const width = Math.max(...rows.map(([left]) => left!.length));
  const usage = `Usage: npm run ${spec.name} -- [options]${spec.args ? ` ${spec.args.value}` : ""}`;
  const args = spec.args ? ["", "Arguments:", `  ${spec.args.value}  ${spec.args.description}`] : [];
  return [usage, "", spec.summary, ...args, "", "Options:", ...rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`)].join("\n");
}

/** Parses argv; returns the values, or the list of problems with the flags. */
export function parseFlags<F extends Record<string, FlagSpec>>(
  spec: CliSpec<F>,
  argv: string[],
): { values: FlagValues<F> & { help?: boolean }; args: string[]; problems: string[] } {
  const problems: string[] = [];
  const known = Object.keys(spec.flags);
  const options = Object.fromEntries([
    ...Object.entries(spec.flags).map(([name, flag]) => [name, { type: flag.type }]),
    ["help", { type: "boolean" }],
  ]) as Record<string, { type: "string" | "boolean" }>;
  // Parse leniently, then report every unknown or malformed flag at once.
  const { values, positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    const flag = spec.flags[token.name];
    if (!flag && token.name !== "help") {
      const guess = closest(token.name, known);
      problems.push(`unknown option ${token.rawName}${guess ? ` (did you mean --${guess}?)` : ""}; expected one of ${[...known, "help"].map((k) => `--${k}`).join(", ")}`);
    } else if (flag?.type === "string" && token.value === undefined) {
      problems.push(`option --${token.name} needs a value ${flag.value ?? ""}`.trimEnd());
    } else if (flag?.type === "boolean" && token.value !== undefined) {
      problems.push(`option --${token.name} takes no value; found "${token.value}"`);
    } else if (flag?.check && typeof token.value === "string") {
      const expected = flag.check(token.value);
      if (expected) problems.push(`option --${token.name}: found "${token.value}"; expected ${expected}`);
    }
  }
  if (!spec.args) for (const positional of positionals) problems.push(`unexpected argument "${positional}"; expected only --options (see --help)`);
  else if (positionals.length < spec.args.min) problems.push(`found ${positionals.length} arguments; expected at least ${spec.args.min}: ${spec.args.value}`);
  return { values: values as FlagValues<F> & { help?: boolean }, args: spec.args ? positionals : [], problems };
}

export async function runCli<F extends Record<string, FlagSpec>>(
  spec: CliSpec<F>,
  main: (values: FlagValues<F>, args: string[]) => number | Promise<number>,
): Promise<void> {
  const { values, args, problems } = parseFlags(spec, process.argv.slice(2));
  if (values.help) {
    console.log(helpText(spec));
    return;
  }
  if (problems.length) {
    for (const problem of problems) console.error(`${spec.name}: ${problem}`);
    console.error(`Run \`npm run ${spec.name} -- --help\` for the options.`);
    process.exitCode = 2;
    return;
  }
  try {
    process.exitCode = await main(values, args);
  } catch (error) {
    console.error(`${spec.name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
