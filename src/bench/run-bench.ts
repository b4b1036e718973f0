/**
 * `npm run bench`: for each size, a synthetic site and its baseline in a temporary folder, then
 * side by side in the same run: the bare Eleventy build and bare Pagefind run (the baseline), our
 * `build:site`, our kits (first run and unchanged re-run), the handbook page's weight, the
 * first search's transfer, and how soon an edited alliance is served under `npm start`. Every build runs as a child process with its own wall time and memory.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadAlliances } from "../alliances/load.ts";
import type { BuildReport } from "../build/pipeline.ts";
import { loadData } from "../data/load-data.ts";
import { languageTag } from "../i18n/translate.ts";
import { projectPaths } from "../project.ts";
import { machine, machineBusy, measure, type Measured } from "./measure.ts";
import {
  kitSample,
  buildStages,
  median,
  parseBareIndexed,
  parseKitsSummary,
  parsePreviewsSummary,
  type BenchReport,
  type KitsFigures,
  type Run,
  type SizeResult,
} from "./report.ts";
import { handbookChapters, makeBaseline, makeSite, repoRoot } from "./sites.ts";
import { generateAlliances, loadPlaces } from "./synthetic.ts";
import { benchServeEdit, type ServeEditFigures } from "./serve-edit.ts";
import { firstSearch, pageWeight } from "./weight.ts";

export interface BenchOptions {
  sizes: number[];
  /** Also measure the project's own content (the real handbook and its sample alliances). */
  handbook: boolean;
  runs: number;
  kits: boolean;
  kitLimit: number | "all";
  seed: number;
  query: string;
  /** The folder the temporary sites go in. */
  dir: string;
  keep: boolean;
  /** Which synthetic sizes time an edit under `npm start`: every one, or the largest only. */
  serveEditSizes: "every" | "largest";
  log: (line: string) => void;
}

/** How many times one alliance is edited under the dev server (the median is reported). */
const SERVE_EDITS = 3;

/** "Today" for every build, so events and staleness are the same in every run. */
const BUILD_DATE = "2026-11-26";

const nodeArgs = (script: string, ...args: string[]) => ["--import", "tsx", path.join(repoRoot, "scripts", script), ...args];
const eleventyCli = path.join(repoRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const pagefindModule = path.join(repoRoot, "node_modules", "pagefind", "lib", "index.js");

/** A plain Node script (no tsx, no project code) for the bare Pagefind run. */
const BARE_PAGEFIND = `// The baseline's search index: Pagefind's Node API with its defaults, nothing else.
import * as pagefind from ${JSON.stringify(pagefindModule)};
const site = process.argv[2];
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join("; "));
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join("; "));
const written = await index.writeFiles({ outputPath: site + "/pagefind" });
if (written.errors.length) throw new Error(written.errors.join("; "));
await pagefind.close();
console.log("pagefind: indexed " + added.page_count + " pages");
`;

function toRun(measured: Measured[]): Run {
  return {
    seconds: median(measured.map((m) => m.seconds)),
    runs: measured.map((m) => Math.round(m.seconds * 1000) / 1000),
    peakMiB: measured.some((m) => m.peakBytes) ? Math.max(...measured.map((m) => m.peakBytes ?? 0)) / 2 ** 20 : undefined,
    cpuBusy: measured.length ? median(measured.map((m) => m.cpuBusy ?? 0)) : undefined,
  };
}

function failed(what: string, measured: Measured): Error {
  const tail = `${measured.stdout}\n${measured.stderr}`.trim().split("\n").slice(-15).join("\n");
  return new Error(`${what} failed (exit code ${measured.code}): ${measured.command}\n${tail}`);
}

/** A kits run's progress line at every 1,000th kit: `kits: [1000/5004] …` is marked "1000". */
const everyThousandKits = (line: string) => /^kits: \[(\d*000)\//.exec(line)?.[1];

async function runChecked(
  what: string,
  command: string,
  args: string[],
  cwd: string,
  log: (line: string) => void,
  mark?: (line: string) => string | undefined,
): Promise<Measured> {
  const measured = await measure(command, args, {
    cwd,
    mark,
    env: { ...process.env, BUILD_DATE, FORCE_COLOR: "0" },
    // Long kit runs: say something now and then, so a quiet terminal does not look stuck.
    onLine: (line) => {
      if (/^kits: \[\d+0{2,}\//.test(line)) log(`    ${line}`);
    },
  });
  if (measured.code !== 0) throw failed(what, measured);
  return measured;
}

async function repeat(times: number, run: () => Promise<Measured>): Promise<Measured[]> {
  const out: Measured[] = [];
  for (let i = 0; i < times; i++) out.push(await run());
  return out;
}

/** The first handbook chapter in reading order, as a URL. */
function firstChapterUrl(): string {
  const [first] = handbookChapters().sort((a, b) => a.order - b.order);
  if (!first) throw new Error("content/handbook/ has no chapter");
  return `/handbook/${first.slug}/`;
}

/** The project's own alliances as plain Markdown for the baseline: their fields' words, then their story. */
function ownAlliancesAsPlain(): { slug: string; name: string; plain: string }[] {
  const paths = projectPaths(repoRoot);
  const { valid } = loadData(paths, {});
  const { alliances } = loadAlliances(paths, { stateCodes: Object.keys(valid.states ?? {}), memberKinds: Object.keys(valid["member-kinds"] ?? {}) });
  return alliances.map((alliance) => {
    const { storyHtml: _html, storyText, slug, file: _file, ...fields } = alliance;
    const words = JSON.stringify(fields).replace(/["{}[\],:]+/g, " ");
    return { slug, name: alliance.name, plain: `# ${alliance.name}\n\n${words}\n\n${storyText}\n` };
  });
}

async function benchKits(site: string, alliances: number, options: BenchOptions): Promise<KitsFigures> {
  const total = alliances + 2;
  const sample = kitSample(total, options.kitLimit);
  const args = sample ? ["--shard", sample.shard] : [];
  options.log(`  kits: printing ${sample ? `a sample of ${sample.kits} (shard ${sample.shard})` : `all ${total}`}…`);
  const first = await runChecked("kits", process.execPath, nodeArgs("kits.ts", ...args), site, options.log, everyThousandKits);
  const firstSummary = parseKitsSummary(first.stdout);
  options.log(`  kits: unchanged re-run…`);
  const reruns = await repeat(options.runs, () => runChecked("kits re-run", process.execPath, nodeArgs("kits.ts", ...args), site, options.log));
  const rerunSummary = parseKitsSummary(reruns.at(-1)!.stdout);
  const previews = parsePreviewsSummary(first.stdout);
  const printed = firstSummary?.printed ?? 0;
  // Kits a second counts the kits' time: the link previews are taken after them, and timed apart.
  const kitSeconds = firstSummary ? firstSummary.seconds - (previews?.seconds ?? 0) : 0;
  const perSecond = kitSeconds > 0 ? printed / kitSeconds : undefined;
  const firstRun = { ...toRun([first]), kitSeconds: firstSummary?.seconds };
  const rerun = { ...toRun(reruns), kitSeconds: rerunSummary?.seconds, unchanged: rerunSummary?.unchanged ?? 0 };
  // Start-up (Node, Chromium) is paid once; printing grows with the number of kits.
  const startup = Math.max(0, firstRun.seconds - (firstRun.kitSeconds ?? 0));
  return {
    total,
    selection: sample ? sample.shard : "all",
    printed,
    first: firstRun,
    rerun,
    perSecond,
    previews: previews && { taken: previews.taken, seconds: previews.seconds },
    // A shard's previews are a like share of all of them: the whole run scales with the kits.
    fullFirstSeconds: sample ? (firstSummary && printed > 0 ? startup + (total * firstSummary.seconds) / printed : undefined) : firstRun.seconds,
    fullRerunSeconds: sample ? undefined : rerun.seconds,
    extrapolated: Boolean(sample),
    // Flat memory shows as the same peak after 1,000 kits as after all of them.
    peakAtPrinted: first.marks.map((mark) => ({ printed: Number(mark.label), peakMiB: mark.peakBytes / 2 ** 20 })),
    failed: firstSummary?.failed ?? 0,
  };
}

async function benchSize(label: string, root: string, options: BenchOptions): Promise<SizeResult> {
  const paths = projectPaths(repoRoot);
  const { data } = loadData(paths, {});
  if (!data) throw new Error("the project's data/ files have problems; run `npm run check`");
  const site = path.join(root, "site");
  let alliances: { slug: string; name: string; plain: string }[];
  if (label === "handbook") {
    makeSite(site, undefined);
    alliances = ownAlliancesAsPlain();
  } else {
    const generated = generateAlliances({
      count: Number(label),
      seed: options.seed,
      today: BUILD_DATE,
      places: loadPlaces(data.states),
      memberKinds: data["member-kinds"],
    });
    makeSite(site, generated);
    alliances = generated;
  }
  // Our site renders every alliance page and chapter in each of its languages: so does the baseline.
  const languages = data.i18n.languages.map((code) => ({ code, tag: languageTag(data.i18n, code) }));
  const baseline = makeBaseline(path.join(root, "baseline"), alliances, languages);
  const bareScript = path.join(root, "bare-pagefind.mjs");
  writeFileSync(bareScript, BARE_PAGEFIND);
  const { log } = options;

  log(`  baseline: bare Eleventy over ${baseline.pages} Markdown pages, then bare Pagefind…`);
  const bareEleventy: Measured[] = [];
  const barePagefind: Measured[] = [];
  for (let i = 0; i < options.runs; i++) {
    rmSync(baseline.output, { recursive: true, force: true });
    bareEleventy.push(
      await runChecked(
        "bare Eleventy",
        process.execPath,
        [eleventyCli, `--input=${baseline.input}`, `--output=${baseline.output}`, `--config=${baseline.config}`, "--quiet"],
        path.dirname(baseline.input),
        log,
      ),
    );
    barePagefind.push(await runChecked("bare Pagefind", process.execPath, [bareScript, baseline.output], root, log));
  }

  log(`  build:site (${options.runs} run${options.runs === 1 ? "" : "s"})…`);
  const reportFile = path.join(root, "build-report.json");
  const reports: BuildReport[] = [];
  const builds = await repeat(options.runs, async () => {
    const measured = await runChecked("build:site", process.execPath, nodeArgs("build.ts", "--no-kits", "--json", reportFile), site, log);
    reports.push(JSON.parse(readFileSync(reportFile, "utf8")) as BuildReport);
    rmSync(reportFile);
    return measured;
  });
  const build = { ...toRun(builds), ...buildStages(reports) };
  const eleventyRun = toRun(bareEleventy);
  const pagefindRun = toRun(barePagefind);
  const totalSeconds = median(bareEleventy.map((m, i) => m.seconds + (barePagefind[i]?.seconds ?? 0)));

  const output = path.join(site, "_site");
  const page = pageWeight(output, firstChapterUrl());
  log(`  first search for "${options.query}" in Chromium…`);
  const search = await firstSearch(output, options.query);
  const kits = options.kits ? await benchKits(site, alliances.length, options) : undefined;
  // Last: the dev server renders into the same _site/ (the project's own sample files are not edited).
  let serveEdit: ServeEditFigures | undefined;
  if (label !== "handbook" && (options.serveEditSizes === "every" || Number(label) === Math.max(...options.sizes))) {
    log(`  npm start: editing one alliance ${SERVE_EDITS} times…`);
    serveEdit = await benchServeEdit(site, alliances[0]!.slug, { edits: SERVE_EDITS, env: { ...process.env, BUILD_DATE }, log });
  }

  return {
    label,
    alliances: alliances.length,
    baseline: { pages: baseline.pages, indexed: parseBareIndexed(barePagefind.at(-1)?.stdout ?? ""), eleventy: eleventyRun, pagefind: pagefindRun, totalSeconds },
    build,
    ratio: build.seconds / totalSeconds,
    kits,
    serveEdit,
    page,
    search: {
      query: search.query,
      results: search.results,
      transferBytes: search.transferBytes,
      interfaceBytes: search.interfaceBytes,
      engineBytes: search.engineBytes,
      files: search.files.map((file) => ({ path: file.path, transfer: file.transfer })),
    },
  };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  mkdirSync(options.dir, { recursive: true });
  const root = mkdtempSync(path.join(options.dir, "alliance-bench-"));
  const labels = [...(options.handbook ? ["handbook"] : []), ...options.sizes.map(String)];
  const results: SizeResult[] = [];
  options.log(`bench: working in ${root}`);
  try {
    for (const label of labels) {
      options.log(`bench: ${label === "handbook" ? "the project's own content" : `${Number(label).toLocaleString("en-US")} synthetic alliances`}`);
      const folder = path.join(root, label);
      const busyBefore = await machineBusy();
      if (busyBefore !== undefined && busyBefore > 0.15) {
        options.log(`bench: warning: other processes keep ${Math.round(busyBefore * 100)} % of the cores busy; these figures will be slower than they should be`);
      }
      results.push({ ...(await benchSize(label, folder, options)), busyBefore });
      // Each size's files go before the next one starts: 5,000 alliances are ~300 MB on tmpfs.
      if (!options.keep) rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
  return {
    date: new Date().toISOString(),
    machine: machine(options.dir),
    options: { sizes: options.sizes, handbook: options.handbook, runs: options.runs, kits: options.kits, kitLimit: options.kitLimit, seed: options.seed, query: options.query },
    results,
  };
}

/** The figures as JSON, in a new file (its folder made if needed). */
export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

