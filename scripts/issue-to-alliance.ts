/**
 * `npm run issue-to-alliance`: turns a new-alliance issue's body into content/alliances/<slug>.md
 * (the workflow .github/workflows/new-alliance.yml runs it), or writes the problems, in plain words,
 * to a comment file. `--write-template` regenerates .github/ISSUE_TEMPLATE/new-alliance.yml.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { allianceSchema } from "../src/alliances/schema.ts";
import { fieldDescriptions } from "../src/cms/fields.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { loadData } from "../src/data/load-data.ts";
import { projectPaths, displayPath } from "../src/project.ts";
import { allianceFromIssue, plainWords } from "../src/register/from-issue.ts";
import { issueFormYaml } from "../src/register/issue.ts";
import { formatProblem } from "../src/validation/problem.ts";

await runCli(
  {
    name: "issue-to-alliance",
    summary: "Write the alliance file a new-alliance issue asks for, after checking it like `npm run check`.",
    flags: {
      "body-file": { type: "string", value: "<file>", description: "The issue's body (Markdown, as GitHub's issue form writes it)." },
      "comment-file": { type: "string", value: "<file>", description: "Where to write the problems, in plain words, as an issue comment." },
      "write-template": { type: "boolean", description: "Regenerate .github/ISSUE_TEMPLATE/new-alliance.yml from the register fields and exit." },
    },
  },
  async (flags) => {
    const paths = projectPaths();
    const { valid, problems: dataProblems } = loadData(paths);
    if (!valid.states || !valid["member-kinds"]) {
      for (const problem of dataProblems) console.error(formatProblem(problem));
      return 1;
    }
    const vocabulary = { stateCodes: Object.keys(valid.states), memberKinds: Object.keys(valid["member-kinds"]) };
    if (flags["write-template"]) {
      const file = path.join(paths.root, ".github", "ISSUE_TEMPLATE", "new-alliance.yml");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, issueFormYaml(fieldDescriptions(allianceSchema(vocabulary))));
      console.log(`issue-to-alliance: wrote ${displayPath(paths, file)}`);
      return 0;
    }
    if (!flags["body-file"]) {
      console.error("issue-to-alliance: --body-file <file> is required (see --help).");
      return 2;
    }
    const result = allianceFromIssue(readFileSync(flags["body-file"], "utf8"), vocabulary);
    const file = path.join(paths.alliances, `${result.slug}.md`);
    if (!result.problems.length && existsSync(file)) {
      result.problems.push({ file: displayPath(paths, file), field: "name", found: "an alliance with the same file name", expected: "a name no other alliance in the directory has" });
    }
    if (result.problems.length) {
      for (const problem of result.problems) console.error(formatProblem(problem));
      if (flags["comment-file"]) writeFileSync(flags["comment-file"], `${plainWords(result.problems)}\n`);
      return 1;
    }
    mkdirSync(paths.alliances, { recursive: true });
    writeFileSync(file, result.text, { flag: "wx" });
    console.log(`issue-to-alliance: wrote ${displayPath(paths, file)}`);
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `slug=${result.slug}\nfile=${displayPath(paths, file)}\n`);
    return 0;
  },
);
