import type { BuildReport } from "../build/pipeline.ts";
import type { ServeEditFigures } from "./serve-edit.ts";

/**
 * The benchmark's figures: their JSON shape, the build's stage times (from its `--json` report),
 * the kits' summary line, and the tables printed at the end (Markdown, so they paste into the README as they are).
 */

/** One measured command; with several runs, the median time and the highest peak. */
export interface Run {
  seconds: number;
  /** Every run's time, in order. */
  runs: number[];
  peakMiB: number | undefined;
  /** Busy share of all cores, 0–1. */
  cpuBusy: number | undefined;
}

export interface BuildStages {
  check?: number | undefined;
  site?: number | undefined;
  search?: number | undefined;
  files?: number | undefined;
  indexed?: number | undefined;
}

export interface KitsFigures {
  /** Kits in the plan: one packet per alliance, the founder kit and the handbook. */
  total: number;
  /** `all`, or the shard printed as a sample (e.g. `50/50`). */
  selection: string;
  printed: number;
  first: Run & { kitSeconds: number | undefined };
  rerun: Run & { kitSeconds: number | undefined; unchanged: number };
  /** Kits per second in the first run, from the kits' own timing (printing, not start-up, not the link previews taken after them). */
  perSecond: number | undefined;
  /** The link preview images the first run took after the kits, and how long that took (absent in reports from before it was measured). */
  previews?: { taken: number; seconds: number } | undefined;
  /** The first run of every kit: measured when every kit was printed, else extrapolated from the sample's rate. */
  fullFirstSeconds: number | undefined;
  /**
   * The unchanged re-run of every kit: only when every kit was printed. (A sample's re-run already
   * pays for the whole plan and manifest, so it does not scale with the share it hashes.)
   */
  fullRerunSeconds: number | undefined;
  extrapolated: boolean;
  failed: number;
  /** The first run's peak memory so far after every 1,000 printed (kits first, then link previews) (absent in reports from before it was measured). */
  peakAtPrinted?: { printed: number; peakMiB: number }[] | undefined;
}

export interface SizeResult {
  /** "handbook" for the project's own content, else the number of synthetic alliances. */
  label: string;
  alliances: number;
  /** `indexed`: the pages bare Pagefind put in its index. */
  baseline: { pages: number; indexed?: number | undefined; eleventy: Run; pagefind: Run; totalSeconds: number };
  build: Run & BuildStages;
  /** build:site time over the baseline's (Eleventy + Pagefind); the target is at most 1.5. */
  ratio: number;
  kits?: KitsFigures | undefined;
  page?: { url: string; gzipBytes: number; htmlBytes: number; cssBytes: number; scripts: number } | undefined;
  /** The search page's first query: every file it fetched, with what a gzipping server sends for it. */
  search?: { query: string; results: number; transferBytes: number; interfaceBytes: number; engineBytes: number; files: { path: string; transfer: number }[] } | undefined;
  /** Share of the cores other processes kept busy just before this size was measured (0–1). */
  busyBefore?: number | undefined;
  /** Editing one alliance under `npm start` (src/bench/serve-edit.ts); synthetic sizes only. */
  serveEdit?: ServeEditFigures | undefined;
}

export interface BenchReport {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; os: string; filesystem: string };
  options: { sizes: number[]; handbook: boolean; runs: number; kits: boolean; kitLimit: number | "all"; seed: number; query: string };
  results: SizeResult[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each stage's time over several builds' `--json` reports, and the last build's counts. */
export function buildStages(reports: readonly BuildReport[]): BuildStages {
  const last = reports.at(-1);
  if (!last) return {};
  return {
    check: median(reports.map((report) => report.check.seconds)),
    site: median(reports.map((report) => report.site.seconds)),
    search: median(reports.map((report) => report.search.seconds)),
    files: last.site.files,
    indexed: last.search.pages,
  };
}

/** `kits: 12 printed, 3 unchanged, 0 failed (4.2 s)`, the kits' summary line. */
export function parseKitsSummary(output: string): { printed: number; unchanged: number; failed: number; seconds: number } | undefined {
  const match = /^kits: (\d+) printed, (\d+) unchanged, (\d+) failed \(([\d.]+) s\)/m.exec(output);
  return match ? { printed: Number(match[1]), unchanged: Number(match[2]), failed: Number(match[3]), seconds: Number(match[4]) } : undefined;
}

/** `previews: 226 taken, 0 unchanged (9.8 s)`, the kits run's line about link preview images. */
export function parsePreviewsSummary(output: string): { taken: number; unchanged: number; seconds: number } | undefined {
  const match = /^previews: (\d+) taken, (\d+) unchanged \(([\d.]+) s\)/m.exec(output);
  return match ? { taken: Number(match[1]), unchanged: Number(match[2]), seconds: Number(match[3]) } : undefined;
}

/** `pagefind: indexed 5010 pages`, the bare Pagefind run's line. */
export function parseBareIndexed(output: string): number | undefined {
  const match = /^pagefind: indexed (\d+) pages/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** About how many kits are printed as a sample when a size has more than the limit. */
export const KIT_SAMPLE = 100;

/**
 * Which kits to print for a plan of `total`: all of them up to `limit`, else a sample of about
 * KIT_SAMPLE (or the limit, if smaller): the last of n shards. Kits are dealt to shards in turn
 * and the handbook and founder kit come first, so from 3 shards on the sample is packets only.
 * undefined: print them all.
 */
export function kitSample(total: number, limit: number | "all"): { shard: string; kits: number } | undefined {
  if (limit === "all" || total <= limit) return undefined;
  const count = Math.ceil(total / Math.min(KIT_SAMPLE, limit));
  return { shard: `${count}/${count}`, kits: Math.floor((total - count) / count) + 1 };
}

const seconds = (value: number | undefined) => (value === undefined ? "–" : value < 10 ? `${value.toFixed(2)} s` : `${value.toFixed(1)} s`);
const mib = (value: number | undefined) => (value === undefined ? "–" : `${Math.round(value)} MiB`);
const kb = (bytes: number | undefined) => (bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)} KB`);
const percent = (value: number | undefined) => (value === undefined ? "–" : `${Math.round(value * 100)} %`);
const count = (value: number) => value.toLocaleString("en-US");
const verdict = (ok: boolean | undefined) => (ok === undefined ? "" : ok ? " ✓" : " ✗");

/** A Markdown table; columns whose header starts with ">" are right-aligned (the ">" is dropped). */
export function formatTable(headers: string[], rows: string[][]): string {
  const right = headers.map((header) => header.startsWith(">"));
  const titles = headers.map((header) => header.replace(/^>/, ""));
  const widths = titles.map((title, column) => Math.max(title.length, 3, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(" | ")} |`;
  const rule = `| ${widths.map((width, column) => (right[column] ? `${"-".repeat(width - 1)}:` : "-".repeat(width))).join(" | ")} |`;
  return [line(titles), rule, ...rows.map(line)].join("\n");
}

const siteName = (result: SizeResult) => (result.label === "handbook" ? `handbook (${result.alliances})` : count(result.alliances));

export function buildTable(results: readonly SizeResult[]): string {
  return formatTable(
    [
      "alliances",
      ">pages (ours / bare)",
      ">indexed (ours / bare)",
      ">bare Eleventy",
      ">bare Pagefind",
      ">bare total",
      ">build:site",
      ">check / render / index",
      ">ratio (≤ 1.5)",
      ">peak memory (ours / bare)",
    ],
    results.map((result) => [
      siteName(result),
      `${result.build.files === undefined ? "–" : count(result.build.files)} / ${count(result.baseline.pages)}`,
      `${result.build.indexed === undefined ? "–" : count(result.build.indexed)} / ${result.baseline.indexed === undefined ? "–" : count(result.baseline.indexed)}`,
      seconds(result.baseline.eleventy.seconds),
      seconds(result.baseline.pagefind.seconds),
      seconds(result.baseline.totalSeconds),
      seconds(result.build.seconds),
      [result.build.check, result.build.site, result.build.search].map((value) => (value === undefined ? "–" : value.toFixed(1))).join(" / "),
      `${result.ratio.toFixed(2)}×${verdict(result.ratio <= 1.5)}`,
      `${mib(result.build.peakMiB)} / ${mib(Math.max(result.baseline.eleventy.peakMiB ?? 0, result.baseline.pagefind.peakMiB ?? 0) || undefined)}`,
    ]),
  );
}

export function kitsTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap((result) => {
    const kits = result.kits;
    if (!kits) return [];
    const approx = kits.extrapolated ? "~" : "";
    return [
      [
        siteName(result),
        count(kits.total),
        kits.selection === "all" ? `all ${count(kits.printed)}` : `${count(kits.printed)} (shard ${kits.selection})`,
        seconds(kits.first.seconds),
        kits.perSecond === undefined ? "–" : kits.perSecond.toFixed(2),
        kits.previews ? `${count(kits.previews.taken)} in ${seconds(kits.previews.seconds)}` : "–",
        percent(kits.first.cpuBusy),
        `${approx}${seconds(kits.fullFirstSeconds)}`,
        `${seconds(kits.rerun.seconds)} (${count(kits.rerun.unchanged)} kits)`,
        `${seconds(kits.fullRerunSeconds)}${verdict(kits.fullRerunSeconds === undefined ? undefined : kits.fullRerunSeconds <= 1.5)}`,
        mib(Math.max(kits.first.peakMiB ?? 0, kits.rerun.peakMiB ?? 0) || undefined),
        kits.peakAtPrinted?.length ? kits.peakAtPrinted.map((mark) => `${count(mark.printed)}: ${mib(mark.peakMiB)}`).join(", ") : "–",
      ],
    ];
  });
  if (!rows.length) return "";
  return formatTable(
    ["alliances", ">kits", ">printed", ">first run", ">kits/s", ">link previews", ">CPU busy", ">all kits, first run", ">unchanged re-run", ">all kits, re-run (≤ 1.5 s)", ">peak memory", "peak after n printed"],
    rows,
  );
}

export function readerTable(results: readonly SizeResult[]): string {
  return formatTable(
    ["alliances", "handbook page", ">HTML + CSS gzipped (< 60 KB)", ">scripts", ">first search (search page)", ">transferred (< 150 KB)", ">+ Pagefind's interface", ">results shown", ">engine alone (first round's measure)"],
    results.map((result) => [
      siteName(result),
      result.page?.url ?? "–",
      `${kb(result.page?.gzipBytes)}${verdict(result.page ? result.page.gzipBytes < 60 * 1024 : undefined)}`,
      result.page ? String(result.page.scripts) : "–",
      result.search ? `"${result.search.query}" (${result.search.files.length} files)` : "–",
      `${kb(result.search?.transferBytes)}${verdict(result.search ? result.search.transferBytes < 150 * 1024 : undefined)}`,
      kb(result.search?.interfaceBytes),
      result.search ? count(result.search.results) : "–",
      kb(result.search?.engineBytes),
    ]),
  );
}

export function serveEditTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap((result) => {
    const edit = result.serveEdit;
    if (!edit) return [];
    const runs = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(", ");
    return [
      [
        siteName(result),
        `${seconds(edit.servedSeconds)}${verdict(edit.servedSeconds <= 3)}`,
        runs(edit.served),
        seconds(edit.indexedSeconds),
        edit.indexed.length ? runs(edit.indexed) : "–",
      ],
    ];
  });
  if (!rows.length) return "";
  return formatTable(["alliances", ">page served (≤ 3 s)", ">each edit (s)", ">search re-indexed", ">each edit (s)"], rows);
}

export function machineLine(report: BenchReport): string {
  const { machine } = report;
  return `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, benchmark folder on ${machine.filesystem}`;
}

/** Everything printed at the end of a run. */
export function formatReport(report: BenchReport): string {
  const parts = [
    `Machine: ${machineLine(report)}; ${report.date}; ${report.options.runs} run${report.options.runs === 1 ? "" : "s"} per build (median time, highest peak).`,
    "",
    "Build (bare = Eleventy with an empty config over the same words as plain Markdown, in each site language, then Pagefind over its output):",
    "",
    buildTable(report.results),
  ];
  const kits = kitsTable(report.results);
  if (kits) {
    parts.push(
      "",
      "Kits (one Chromium; above the kit limit a sample is printed: ~ = extrapolated at the sample's kits per second, – = not measured; the re-run only hashes):",
      "",
      kits,
    );
  }
  parts.push("", "What a reader downloads:", "", readerTable(report.results));
  const serveEdit = serveEditTable(report.results);
  if (serveEdit) {
    parts.push("", "Editing one alliance's summary under `npm start` (seconds from saving the file; median of the edits):", "", serveEdit);
  }
  return parts.join("\n");
}
