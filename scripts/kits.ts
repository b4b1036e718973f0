/** `npm run kits`: print the kits of the site already rendered in _site/ (see src/kits/run.ts). */
import { existsSync } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/run-cli.ts";
import { papers, parseShard, type Paper } from "../src/kits/plan.ts";
import { PLAN_FILE, printKits } from "../src/kits/run.ts";
import { projectPaths } from "../src/project.ts";

await runCli(
  {
    name: "kits",
    summary:
      "Print the recruitment packets, the founder kit and the handbook as PDFs into _site/kits/, from the print pages of the site in _site/ (run `npm run build:site` first). Kits whose content did not change are not printed again.",
    flags: {
      force: { type: "boolean", description: "Print every kit, even those that did not change." },
      only: { type: "string", value: "<slug>", description: "Print one kit in each of its languages: an alliance's slug, founder-kit or handbook; es/<slug> for one language's." },
      shard: {
        type: "string",
        value: "<i/n>",
        description: "Print the i-th of n shares of the kits, so n machines can split the work.",
        check: (value) => (parseShard(value) ? undefined : "i/n with whole numbers 1 ≤ i ≤ n, such as 2/4"),
      },
      paper: {
        type: "string",
        value: "<letter|a4>",
        description: "Paper size (default: `paper` in data/site.yaml, else letter).",
        check: (value) => ((papers as readonly string[]).includes(value) ? undefined : papers.join(" or ")),
      },
      concurrency: {
        type: "string",
        value: "<n>",
        description: "Pages printing at once (default: the number of cores).",
        check: (value) => (/^[1-9]\d?$/.test(value) ? undefined : "a whole number from 1 to 99"),
      },
    },
  },
  async (values) => {
    const { output } = projectPaths();
    if (!existsSync(path.join(output, PLAN_FILE))) {
      console.error(`kits: no rendered site in ${output}; run \`npm run build:site\` first, then \`npm run kits\`.`);
      return 1;
    }
    const result = await printKits({
      output,
      force: values.force,
      only: values.only,
      shard: values.shard === undefined ? undefined : parseShard(values.shard),
      paper: values.paper as Paper | undefined,
      concurrency: values.concurrency === undefined ? undefined : Number(values.concurrency),
    });
    return result.failures.length ? 1 : 0;
  },
);
