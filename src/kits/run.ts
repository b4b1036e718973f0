/**
 * Printing the kits of a rendered site: read the plan Eleventy wrote, keep every PDF whose hash
 * did not change, print the others, then write the manifest and fill in the /kits/ page. Used by
 * `npm run kits` (in place) and as a stage of `npm run build` (into the new build, reusing the
 * previous build's PDFs).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Stage } from "../build/pipeline.ts";
import { outputFile, urls } from "../urls.ts";
import { kitHash } from "./hash.ts";
import { fillIndexPage, formatBytes } from "./index-page.ts";
import { readPageInputs } from "./inputs.ts";
import { readManifest, writeManifest, type ManifestEntry } from "./manifest.ts";
import { planSchema, selectKits, type Kit, type KitPlan, type Paper, type Selection } from "./plan.ts";
import { openPrinter, PRINT_SETTINGS } from "./print.ts";
import { startProgress, summaryLine, type Failure, type ProgressOutput } from "./progress.ts";

export const PLAN_FILE = outputFile(urls.kitPlan());

export interface KitsOptions extends Selection {
  /** The rendered site to print into. */
  output: string;
  /** What to print; by default the plan the site was rendered with (kits/plan.json in `output`). */
  plan?: KitPlan | undefined;
  /** The folder of the previous build, whose unchanged PDFs are reused (default: `output`). */
  previous?: string | undefined;
  force?: boolean | undefined;
  /** Overrides the plan's paper (data/site.yaml's `paper`). */
  paper?: Paper | undefined;
  /** Pages printing at once (default: the number of cores). */
  concurrency?: number | undefined;
  progress?: ProgressOutput | undefined;
}

export interface KitsResult {
  printed: number;
  unchanged: number;
  failures: Failure[];
  seconds: number;
}

export function readPlan(output: string): KitPlan {
  const file = path.join(output, PLAN_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: render the site first with \`npm run build:site\`, then run \`npm run kits\``);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    json = undefined;
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a kit plan as this version writes it; render the site again with \`npm run build:site\``);
  return parsed.data;
}

/** Puts a previous build's PDF into the new one: a hard link costs nothing; a copy where links are not possible. */
function reuse(from: string, to: string): void {
  if (from === to) return;
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function sizeOf(file: string): number | undefined {
  return existsSync(file) ? statSync(file).size : undefined;
}

const metadataOf = (kit: Kit) => ({ title: kit.title, author: kit.author, subject: kit.description, keywords: kit.keywords, language: kit.language });

export async function printKits(options: KitsOptions): Promise<KitsResult> {
  const started = performance.now();
  const progressOutput = options.progress ?? {
    tty: Boolean(process.stdout.isTTY),
    write: (text: string) => process.stdout.write(text),
    log: (line: string) => console.log(line),
  };
  const { output } = options;
  const previous = options.previous ?? output;
  const plan = options.plan ?? readPlan(output);
  const selected = selectKits(plan.kits, options);
  const paper = options.paper ?? plan.paper;
  const { manifest: before, problem } = readManifest(previous);
  if (problem) progressOutput.log(`kits: ${problem}; printing every kit again`);
  const previousEntries = new Map(before.kits.map((entry) => [entry.id, entry]));

  const entries = new Map<string, ManifestEntry>();
  const failures: Failure[] = [];
  const toPrint: { kit: Kit; hash: string }[] = [];
  let unchanged = 0;
  let printedCount = 0;
  for (const kit of selected) {
    const inputs = readPageInputs(output, kit.printPath);
    if (inputs.html === undefined) {
      failures.push({ file: kit.file, reason: `its print page ${kit.printPath} was not rendered` });
      continue;
    }
    const hash = kitHash({ html: inputs.html, files: inputs.files, paper, metadata: metadataOf(kit), settings: PRINT_SETTINGS });
    const last = previousEntries.get(kit.id);
    const lastFile = path.join(previous, kit.file);
    if (!options.force && last?.hash === hash && sizeOf(lastFile) === last.bytes) {
      reuse(lastFile, path.join(output, kit.file));
      entries.set(kit.id, last);
      unchanged++;
    } else {
      toPrint.push({ kit, hash });
    }
  }

  if (toPrint.length) {
    mkdirSync(path.join(output, "kits"), { recursive: true });
    const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), toPrint.length));
    const printer = await openPrinter(output, concurrency);
    const progress = startProgress(toPrint.length, progressOutput);
    try {
      await Promise.all(
        toPrint.map(async ({ kit, hash }) => {
          try {
            const printed = await printer.print({ printPath: kit.printPath, paper, metadata: metadataOf(kit), target: path.join(output, kit.file) });
            const { id, file, url, title, description } = kit;
            entries.set(kit.id, { id, file, url, title, description, hash, pages: printed.pages, bytes: printed.bytes, text: printed.text });
            printedCount++;
            progress.printed(kit.file, `${printed.pages} ${printed.pages === 1 ? "page" : "pages"}, ${formatBytes(printed.bytes)}, ${printed.seconds.toFixed(1)} s`);
          } catch (error) {
            const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
            failures.push({ file: kit.file, reason });
            progress.failed(kit.file, reason);
          }
        }),
      );
    } finally {
      progress.end();
      await printer.close();
    }
  }

  // Kits this run did not print (not selected, or failed) keep their last entry while their PDF is there.
  const kept = plan.kits.flatMap((kit) => {
    const entry = entries.get(kit.id) ?? previousEntries.get(kit.id);
    return entry && sizeOf(path.join(output, kit.file)) === entry.bytes ? [entry] : [];
  });
  writeManifest(output, { kits: kept });
  fillIndexPage(output, new Map(kept.map((entry) => [entry.id, entry])));

  const seconds = (performance.now() - started) / 1000;
  failures.sort((a, b) => a.file.localeCompare(b.file));
  const result = { printed: printedCount, unchanged, failures, seconds };
  progressOutput.log(summaryLine(result, seconds));
  return result;
}

/**
 * The build pipeline's kits stage: prints the model's kit plan into the new build, reusing the
 * previous build's unchanged PDFs.
 */
export function kitsStage(): Stage {
  return async (paths, tempOutput, model) => {
    try {
      const result = await printKits({ output: tempOutput, previous: paths.output, plan: model.kitPlan });
      return result.failures.length === 0;
    } catch (error) {
      console.error(`kits: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
}
