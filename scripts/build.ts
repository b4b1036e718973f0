/** `npm run build` (site, search index, kits) and `npm run build:site` (without kits). */
import { buildSite } from "../src/build/pipeline.ts";
import { runCli } from "../src/cli/run-cli.ts";

await runCli(
  {
    name: "build",
    summary: "Validate content and data, render the site with its search index, print the kits, then replace _site/ in one step.",
    flags: {
      "no-kits": { type: "boolean", description: "Skip printing the kits (what `npm run build:site` does)." },
    },
  },
  async (values) => {
    // Loaded only when printing: the printer brings Playwright and pdf-lib (~0.6 s to load).
    const extraStages = values["no-kits"] ? [] : [(await import("../src/kits/run.ts")).kitsStage()];
    return (await buildSite({ extraStages })) ? 0 : 1;
  },
);
