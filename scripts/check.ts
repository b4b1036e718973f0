/** `npm run check`: validates content and data without building. */
import { checkSiteInParallel } from "../src/check/check-site.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { projectPaths } from "../src/project.ts";
import { formatProblems } from "../src/validation/problem.ts";

await runCli(
  { name: "check", summary: "Validate the site's content and data files without building anything.", flags: {} },
  async () => {
    const { problems, counts } = await checkSiteInParallel(projectPaths());
    if (problems.length) {
      console.error(formatProblems(problems));
      return 1;
    }
    console.log(`check: ${counts.chapters} chapters, ${counts.news} news posts, ${counts.alliances} alliances; no problems`);
    return 0;
  },
);
