/** `npm run kits`: print the kits of the site already rendered in _site/ (see src/kits/run.ts). */
import { existsSync } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/run-cli.ts";
import { papers, parseShard, type Paper } from "../src/kits/plan.ts";
import { contentKey, PLAN_FILE, printKits } from "../src/kits/run.ts";
import { projectPaths } from "../src/project.ts";

await runCli(
  {
    name: "kits",
    summary:
      "Print the recruitment packets, the founder kit and the handbook as PDFs into _site/kits/, and the link preview images (1200×630 PNG) into _site/previews/, from the print pages of the site in _site/ (run `npm run build:site` first). Kits and images whose content did not change are not printed again.",
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
      reuse: {
        type: "string",
        value: "<folder>",
        description: "Take unchanged PDFs and previews from this folder (a previous build's _site/, or a restored CI cache) instead of _site/ itself; a missing folder means nothing to reuse.",
      },
      "cache-key": {
        type: "boolean",
        description: "Print nothing but a key for the content of the selected kits and previews (a hash of their content hashes), and exit.",
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
    const shard = values.shard === undefined ? undefined : parseShard(values.shard);
    if (values["cache-key"]) {
      console.log(contentKey(output, { only: values.only, shard, paper: values.paper as Paper | undefined }));
      return 0;
    }
    // A CI cache miss leaves no folder: then there is nothing to reuse, which only costs time.
    if (values.reuse !== undefined && !existsSync(values.reuse)) console.log(`kits: nothing to reuse (no folder ${values.reuse}); printing every selected kit`);
    const result = await printKits({
      output,
      previous: values.reuse === undefined ? undefined : path.resolve(values.reuse),
      force: values.force,
      only: values.only,
      shard,
      paper: values.paper as Paper | undefined,
      concurrency: values.concurrency === undefined ? undefined : Number(values.concurrency),
    });
    return result.failures.length ? 1 : 0;
  },
);
