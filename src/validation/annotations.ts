/**
 * Problems as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), so a
 * check on a pull request marks the changed file and line. The escaping is the runner's own:
 * data escapes %, CR and LF; properties also escape : and ,.
 */
import { formatProblem, type Problem } from "./problem.ts";

const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(problem.field ? `${problem.field}: invalid` : "invalid file")}`);
  return `::error ${properties.join(",")}::${escapeData(formatProblem(problem))}`;
}

export function githubAnnotations(problems: readonly Problem[]): string {
  return problems.map(githubAnnotation).join("\n");
}
