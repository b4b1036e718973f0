/** `npm run build` (site, search index, kits) and `npm run build:site` (without kits). */
import { writeFileSync } from "node:fs";
import { buildSite } from "../src/build/pipeline.ts";
import { runCli } from "../src/cli/run-cli.ts";

await runCli(
  {
    name: "build",
    summary: "Validate content and data, render the site with its search index, print the kits, then replace _site/ in one step.",
    flags: {
      "no-kits": { type: "boolean", description: "Skip printing the kits (what `npm run build:site` does)." },
      json: {
        type: "string",
        value: "<file>",
        description: "After a successful build, write each stage's time (seconds) and counts to <file> as one JSON object (what `npm run bench` reads).",
      },
    },
  },
  async (values) => {
    // Loaded only when printing: the printer brings Playwright and pdf-lib (~0.6 s to load).
    const extraStages = values["no-kits"] ? [] : [(await import("../src/kits/run.ts")).kitsStage()];
    const json = values.json;
    const report = json ? (stages: object) => writeFileSync(json, `${JSON.stringify(stages, null, 2)}\n`) : undefined;
    return (await buildSite({ extraStages, report })) ? 0 : 1;
  },
);
