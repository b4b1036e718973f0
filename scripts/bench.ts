/** `npm run bench`: how the build scales, beside a bare Eleventy + Pagefind baseline (see src/bench/run-bench.ts). */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_SIZE, parseSizes, wholeNumber } from "../src/bench/options.ts";
import { formatReport } from "../src/bench/report.ts";
import { runBench, writeReport } from "../src/bench/run-bench.ts";
import { runCli } from "../src/cli/run-cli.ts";

await runCli(
  {
    name: "bench",
    summary:
      "Generate synthetic sites of several sizes in a temporary folder and measure, side by side: a bare Eleventy build and a bare Pagefind run over the same words as plain Markdown, our build:site, our kits (first run and unchanged re-run), the handbook page's weight and the first search's transfer. Prints tables and writes the figures as JSON. Not a test: nothing passes or fails.",
    flags: {
      sizes: {
        type: "string",
        value: "<n,n,…>",
        description: "Numbers of synthetic alliances (default 100,1000,5000; --quick: 100,500).",
        check: (value) => (parseSizes(value) ? undefined : `a comma-separated list of whole numbers from 1 to ${MAX_SIZE.toLocaleString("en-US")}, such as 100,1000,5000`),
      },
      quick: { type: "boolean", description: "A short run: sizes 100,500, every kit only up to 120, no run over the project's own content." },
      runs: { type: "string", value: "<n>", description: "Builds per size; the table shows the median time (default 1).", check: wholeNumber(1, 9) },
      "no-kits": { type: "boolean", description: "Do not print kits." },
      "kit-limit": {
        type: "string",
        value: "<n|all>",
        description:
          "Print every kit of a size up to n kits (default 1100, so 1,000 alliances print all; --quick: 120); above, print a sample of about 100 and extrapolate the first run from its rate. `all` prints every kit of every size.",
        check: (value) => (value === "all" ? undefined : wholeNumber(1, 1_000_000)(value)),
      },
      "no-handbook": { type: "boolean", description: "Skip the run over the project's own content (the real handbook and its sample alliances)." },
      seed: { type: "string", value: "<n>", description: "Seed of the synthetic alliances (default 2026).", check: wholeNumber(0, 2 ** 32 - 1) },
      query: { type: "string", value: "<words>", description: 'The first search to measure (default "chicago").' },
      out: { type: "string", value: "<file.json>", description: "Where to write the figures (default bench-results/bench-<date>.json)." },
      dir: { type: "string", value: "<folder>", description: "Where the temporary sites go (default /dev/shm when it exists, else the system's temporary folder)." },
      keep: { type: "boolean", description: "Keep the temporary sites (their path is printed)." },
    },
  },
  async (values) => {
    const quick = values.quick === true;
    const sizes = values.sizes ? parseSizes(values.sizes)! : quick ? [100, 500] : [100, 1000, 5000];
    const kitLimit = values["kit-limit"] === "all" ? "all" : Number(values["kit-limit"] ?? (quick ? 120 : 1100));
    const stamp = new Date().toISOString().replace(/[:]/g, "").replace(/\..*$/, "");
    const out = path.resolve(values.out ?? path.join("bench-results", `bench-${stamp}.json`));
    const report = await runBench({
      sizes,
      handbook: !quick && !values["no-handbook"],
      runs: Number(values.runs ?? 1),
      kits: !values["no-kits"],
      kitLimit,
      seed: Number(values.seed ?? 2026),
      query: values.query ?? "chicago",
      dir: path.resolve(values.dir ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir())),
      keep: values.keep === true,
      // --quick stays short: the dev server is timed at its larger size only.
      serveEditSizes: quick ? "largest" : "every",
      log: (line) => console.log(line),
    });
    writeReport(out, report);
    console.log(`\n${formatReport(report)}\n\nbench: figures written to ${path.relative(process.cwd(), out) || out}`);
    return 0;
  },
);
