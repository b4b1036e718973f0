/**
 * Printing the kits of a rendered site: read the plan Eleventy wrote, keep every PDF whose hash
 * did not change, print the others, then write the manifest and fill in the /kits/ page. Used by
 * `npm run kits` (in place) and as a stage of `npm run build` (into the new build, reusing the
 * previous build's PDFs).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Stage } from "../build/pipeline.ts";
import { outputFile, urls } from "../urls.ts";
import { kitHash } from "./hash.ts";
import { readJsonAs } from "./json-file.ts";
import { fillIndexPage, formatBytes } from "./index-page.ts";
import { pageInputReader, readPageInputs, type PageInputReader } from "./inputs.ts";
import { readManifest, withTexts, writeManifest, type ManifestEntry } from "./manifest.ts";
import { planSchema, selectKits, type Kit, type KitPlan, type Paper, type Selection } from "./plan.ts";
import { PREVIEW_PRINT_PATH, PREVIEW_SIZE, previewHash, readPreviewManifest, readPreviewPlan, selectPreviews, writePreviewManifest, type Preview, type PreviewEntry } from "./previews.ts";
import { footerTemplate, PRINT_SETTINGS } from "./print-settings.ts";
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
  /** Link preview images taken, and kept because their hash did not change; `seconds` taking them (after the kits). */
  previews: { taken: number; unchanged: number; seconds: number };
  failures: Failure[];
  seconds: number;
}

export function readPlan(output: string): KitPlan {
  const file = path.join(output, PLAN_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: render the site first with \`npm run build:site\`, then run \`npm run kits\``);
  const plan = readJsonAs(file, planSchema);
  if (!plan) throw new Error(`${file} is not a kit plan as this version writes it; render the site again with \`npm run build:site\``);
  return plan;
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
  return statSync(file, { throwIfNoEntry: false })?.size;
}

/** The same entries in the same order: an unchanged re-run need not rewrite a manifest of thousands of kits. */
const sameEntries = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((entry, index) => entry === b[index]);

const metadataOf = (kit: Kit) => ({ title: kit.title, author: kit.author, subject: kit.description, keywords: kit.keywords, language: kit.language });

/** A kit's content hash from the site `read` reads (pageInputReader); undefined when its print page was not rendered. */
export function kitHashIn(read: PageInputReader, kit: Kit, paper: Paper): string | undefined {
  const inputs = read(kit.printPath);
  if (inputs.html === undefined) return undefined;
  return kitHash({ html: inputs.html, files: inputs.files, paper, metadata: metadataOf(kit), settings: { ...PRINT_SETTINGS, footerTemplate: footerTemplate(kit.pageOf) } });
}


/**
 * One key for the content of the selected kits and previews (a hash of their content hashes): CI
 * names its kit cache by it, so an exact hit means every one of them is unchanged.
 */
export function contentKey(output: string, selection: Selection & { paper?: Paper | undefined }): string {
  const plan = readPlan(output);
  const paper = selection.paper ?? plan.paper;
  const read = pageInputReader(output, plan.sitePath);
  const lines = selectKits(plan.kits, selection).map((kit) => `kit ${kit.id} ${kitHashIn(read, kit, paper) ?? "missing"}`);
  const previewPlan = readPreviewPlan(output);
  if (previewPlan) {
    const inputs = readPageInputs(output, PREVIEW_PRINT_PATH, plan.sitePath);
    for (const entry of selectPreviews(previewPlan.previews, selection)) {
      lines.push(`preview ${entry.id} ${inputs.html === undefined ? "missing" : previewHash({ html: inputs.html, files: inputs.files }, entry)}`);
    }
  }
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 32);
}

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
  /** The texts of the kits this run printed (those it reused keep theirs, in the previous texts file). */
  const texts = new Map<string, string>();
  const failures: Failure[] = [];
  const toPrint: { kit: Kit; hash: string }[] = [];
  let unchanged = 0;
  let printedCount = 0;
  const read = pageInputReader(output, plan.sitePath);
  for (const kit of selected) {
    const hash = kitHashIn(read, kit, paper);
    if (hash === undefined) {
      failures.push({ file: kit.file, reason: `its print page ${kit.printPath} was not rendered` });
      continue;
    }
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

  // Link previews: the same incremental rule as the kits, from one print page filled per image.
  const previewPlan = readPreviewPlan(output);
  const previewManifest = readPreviewManifest(previous);
  const previousPreviews = new Map(previewManifest.previews.map((entry) => [entry.id, entry]));
  const previewEntries = new Map<string, PreviewEntry>();
  const toCapture: { entry: Preview; hash: string }[] = [];
  let previewsUnchanged = 0;
  let previewsTaken = 0;
  if (previewPlan) {
    const inputs = readPageInputs(output, PREVIEW_PRINT_PATH, plan.sitePath);
    for (const entry of selectPreviews(previewPlan.previews, options)) {
      if (inputs.html === undefined) {
        failures.push({ file: entry.file, reason: `its print page ${PREVIEW_PRINT_PATH} was not rendered` });
        continue;
      }
      const hash = previewHash({ html: inputs.html, files: inputs.files }, entry);
      const last = previousPreviews.get(entry.id);
      const lastFile = path.join(previous, entry.file);
      if (!options.force && last?.hash === hash && sizeOf(lastFile) === last.bytes) {
        reuse(lastFile, path.join(output, entry.file));
        previewEntries.set(entry.id, last);
        previewsUnchanged++;
      } else {
        toCapture.push({ entry, hash });
      }
    }
  }

  // The previews' own time, so that a rate of packets a second counts the packets' time only.
  let previewSeconds = 0;
  if (toPrint.length || toCapture.length) {
    // Each language's kits have their own folder (kits/, es/kits/, …).
    for (const folder of new Set(toPrint.map(({ kit }) => path.dirname(path.join(output, kit.file))))) mkdirSync(folder, { recursive: true });
    const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), Math.max(toPrint.length, toCapture.length)));
    // Loaded only now: a run with nothing to print never loads Playwright or pdf-lib (~0.6 s).
    const { openPrinter } = await import("./print.ts");
    const printer = await openPrinter(output, concurrency, plan.sitePath);
    const progress = startProgress(toPrint.length + toCapture.length, progressOutput);
    try {
      await Promise.all(
        toPrint.map(async ({ kit, hash }) => {
          try {
            const printed = await printer.print({ printPath: kit.printPath, paper, metadata: metadataOf(kit), pageOf: kit.pageOf, target: path.join(output, kit.file) });
            const { id, file, url, title, description } = kit;
            entries.set(kit.id, { id, file, url, title, description, hash, pages: printed.pages, bytes: printed.bytes });
            texts.set(kit.id, printed.text);
            printedCount++;
            progress.printed(kit.file, `${printed.pages} ${printed.pages === 1 ? "page" : "pages"}, ${formatBytes(printed.bytes)}, ${printed.seconds.toFixed(1)} s`);
          } catch (error) {
            const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
            failures.push({ file: kit.file, reason });
            progress.failed(kit.file, reason);
          }
        }),
      );
      // After the kits: a picture needs its own viewport, which the PDFs must not inherit.
      const previewsStarted = performance.now();
      await Promise.all(
        toCapture.map(async ({ entry, hash }) => {
          try {
            const { title, place, status, site } = entry;
            const taken = await printer.capture({
              printPath: PREVIEW_PRINT_PATH,
              entry: { id: entry.id, title, place, status, site },
              size: PREVIEW_SIZE,
              target: path.join(output, entry.file),
            });
            previewEntries.set(entry.id, { id: entry.id, file: entry.file, hash, bytes: taken.bytes });
            previewsTaken++;
            progress.printed(entry.file, formatBytes(taken.bytes));
          } catch (error) {
            const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
            failures.push({ file: entry.file, reason });
            progress.failed(entry.file, reason);
          }
        }),
      );
      previewSeconds = (performance.now() - previewsStarted) / 1000;
    } finally {
      progress.end();
      await printer.close();
    }
  }

  // Kits this run did not print (not selected, or failed) keep their last entry while their PDF is
  // there; `entries` holds only what this run reused or printed into `output`, so those need no check.
  const kept = plan.kits.flatMap((kit) => {
    const entry = entries.get(kit.id) ?? previousEntries.get(kit.id);
    return entry && (entries.has(kit.id) || sizeOf(path.join(output, kit.file)) === entry.bytes) ? [entry] : [];
  });
  if (previous !== output || !sameEntries(kept, before.kits)) {
    const { kits, problems } = withTexts(kept, texts, previous);
    if (problems.length) throw new Error(problems.join("\n"));
    writeManifest(output, { kits });
  }
  fillIndexPage(output, new Map(kept.map((entry) => [entry.id, entry])));
  if (previewPlan) {
    const keptPreviews = previewPlan.previews.flatMap((preview) => {
      const entry = previewEntries.get(preview.id) ?? previousPreviews.get(preview.id);
      return entry && (previewEntries.has(preview.id) || sizeOf(path.join(output, preview.file)) === entry.bytes) ? [entry] : [];
    });
    if (previous !== output || !sameEntries(keptPreviews, previewManifest.previews)) writePreviewManifest(output, { previews: keptPreviews });
  }

  const seconds = (performance.now() - started) / 1000;
  failures.sort((a, b) => a.file.localeCompare(b.file));
  const result = { printed: printedCount, unchanged, previews: { taken: previewsTaken, unchanged: previewsUnchanged, seconds: previewSeconds }, failures, seconds };
  progressOutput.log(summaryLine(result, seconds));
  if (previewPlan) progressOutput.log(`previews: ${previewsTaken} taken, ${previewsUnchanged} unchanged (${previewSeconds.toFixed(1)} s)`);
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
