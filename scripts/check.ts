/** `npm run check`: validates content and data without building. */
import { checkSiteInParallel } from "../src/check/check-site.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { projectPaths } from "../src/project.ts";
import { githubAnnotations } from "../src/validation/annotations.ts";
import { formatProblems } from "../src/validation/problem.ts";

const formats = ["text", "github"] as const;

await runCli(
  {
    name: "check",
    summary: "Validate the site's content and data files without building anything.",
    flags: {
      format: {
        type: "string",
        value: "<text|github>",
        description: "How to list problems: text (default), or github: also one `::error file=…,line=…::` annotation per problem for GitHub Actions.",
        check: (value) => ((formats as readonly string[]).includes(value) ? undefined : formats.join(" or ")),
      },
    },
  },
  async (values) => {
    const { problems, counts } = await checkSiteInParallel(projectPaths());
    if (problems.length) {
      console.error(formatProblems(problems));
      // Workflow commands are read from standard output.
      if (values.format === "github") console.log(githubAnnotations(problems));
      return 1;
    }
    console.log(`check: ${counts.chapters} chapters, ${counts.news} news posts, ${counts.alliances} alliances; no problems`);
    return 0;
  },
);
