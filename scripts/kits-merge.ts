/** `npm run kits:merge -- <folder>...`: put the kits and link previews printed by shards into _site/ (see src/kits/merge.ts). */
import { existsSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { runCli } from "../src/cli/run-cli.ts";
import { mergeShards } from "../src/kits/merge.ts";
import { PLAN_FILE } from "../src/kits/run.ts";
import { projectPaths } from "../src/project.ts";
import { indexSite } from "../src/search/index-site.ts";

await runCli(
  {
    name: "kits:merge",
    summary:
      "Merge the PDFs and preview images printed by `npm run kits -- --shard i/n` (on other machines, each into its own copy of the site) into the site in _site/, write the kits' manifest and the /kits/ page's facts, and build the search index again: the result is the site a single `npm run build` gives. Nothing is written when a kit or image is missing or was printed from another build.",
    flags: {},
    args: { value: "<folder>...", description: "Folders holding the shards' kits/ and previews/ (each shard's _site/, or what CI uploaded of it).", min: 1 },
  },
  async (_values, folders) => {
    const { output } = projectPaths();
    if (!existsSync(path.join(output, PLAN_FILE))) {
      console.error(`kits:merge: no rendered site in ${output}; run \`npm run build:site\` first.`);
      return 1;
    }
    const result = mergeShards(output, folders);
    if (result.problems.length) {
      console.error(`kits:merge: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}; ${output} was left as it was:`);
      for (const problem of result.problems) console.error(`  ${problem}`);
      return 1;
    }
    try {
      const search = await indexSite(output);
      console.log(`kits:merge: ${result.kits} kits and ${result.previews} previews from ${folders.length} folders; search: indexed ${search.pages} pages and ${search.kits} kits`);
    } finally {
      await pagefind.close();
    }
    return 0;
  },
);
