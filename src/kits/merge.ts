/**
 * Merging shards: CI prints the kits and link previews on several machines
 * (`npm run kits -- --shard i/n`), each into its own copy of the site; this puts their PDFs and
 * images into one site and writes what a single run writes (the manifests, the /kits/ page's
 * facts). Every file is taken only when its manifest entry's content hash is the one the site's
 * own print pages give, so a shard printed from another build can never slip in.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { fillIndexPage } from "./index-page.ts";
import { pageInputReader, readPageInputs } from "./inputs.ts";
import { readManifest, withTexts, writeManifest, type ManifestEntry } from "./manifest.ts";
import { PREVIEW_PRINT_PATH, previewHash, readPreviewManifest, readPreviewPlan, writePreviewManifest, type PreviewEntry } from "./previews.ts";
import { kitHashIn, readPlan } from "./run.ts";

export interface MergeResult {
  kits: number;
  previews: number;
  /** One line per file that no folder holds as this site needs it; nothing is written when there are any. */
  problems: string[];
}

interface Candidate<E> {
  entry: E;
  folder: string;
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : undefined);

/**
 * For every wanted file, the first folder holding it with the expected hash. Entries whose hash
 * differs are remembered, to say why a file is missing.
 */
function collect<E extends { id: string; file: string; hash: string; bytes: number }>(
  folders: readonly string[],
  entriesOf: (folder: string) => readonly E[],
  expected: ReadonlyMap<string, string>,
): { found: Map<string, Candidate<E>>; stale: Set<string> } {
  const found = new Map<string, Candidate<E>>();
  const stale = new Set<string>();
  for (const folder of folders) {
    for (const entry of entriesOf(folder)) {
      const hash = expected.get(entry.id);
      if (hash === undefined || found.has(entry.id) || sizeOf(path.join(folder, entry.file)) !== entry.bytes) continue;
      if (entry.hash === hash) found.set(entry.id, { entry, folder });
      else stale.add(entry.id);
    }
  }
  return { found, stale };
}

function copyInto(output: string, candidate: Candidate<{ file: string }>): void {
  const from = path.join(candidate.folder, candidate.entry.file);
  const to = path.join(output, candidate.entry.file);
  if (path.resolve(from) === path.resolve(to)) return;
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}

const missing = (file: string, stale: boolean, count: number) =>
  stale
    ? `${file}: found only as printed from another build of the site (its content hash differs); print that shard again from this build`
    : `${file}: found in none of the ${count} folders; expected one shard to hold it with its entry in the shard's manifest`;

export function mergeShards(output: string, folders: readonly string[]): MergeResult {
  const problems: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) problems.push(`${folder}: found no such folder; expected a folder holding a shard's kits/ and previews/`);
  }
  if (problems.length) return { kits: 0, previews: 0, problems };

  const plan = readPlan(output);
  const kitHashes = new Map<string, string>();
  const read = pageInputReader(output, plan.sitePath);
  for (const kit of plan.kits) {
    const hash = kitHashIn(read, kit, plan.paper);
    if (hash === undefined) problems.push(`${kit.file}: its print page ${kit.printPath} is missing from ${output}; render the site first with \`npm run build:site\``);
    else kitHashes.set(kit.id, hash);
  }
  const kits = collect<ManifestEntry>(folders, (folder) => readManifest(folder).manifest.kits, kitHashes);
  for (const kit of plan.kits) {
    if (kitHashes.has(kit.id) && !kits.found.has(kit.id)) problems.push(missing(kit.file, kits.stale.has(kit.id), folders.length));
  }

  const previewPlan = readPreviewPlan(output);
  const previewHashes = new Map<string, string>();
  if (previewPlan) {
    const inputs = readPageInputs(output, PREVIEW_PRINT_PATH, plan.sitePath);
    if (inputs.html === undefined) problems.push(`${PREVIEW_PRINT_PATH}: the link previews' print page is missing from ${output}; render the site first`);
    else for (const entry of previewPlan.previews) previewHashes.set(entry.id, previewHash({ html: inputs.html, files: inputs.files }, entry));
  }
  const previews = collect<PreviewEntry>(folders, (folder) => readPreviewManifest(folder).previews, previewHashes);
  for (const entry of previewPlan?.previews ?? []) {
    if (previewHashes.has(entry.id) && !previews.found.has(entry.id)) problems.push(missing(entry.file, previews.stale.has(entry.id), folders.length));
  }
  // Plan order, as a single run writes them, so the merged manifests are the same files.
  const kitEntries = plan.kits.flatMap((kit) => kits.found.get(kit.id) ?? []);
  // Each kit's text comes from the shard that printed it.
  const printed = [...new Set(kitEntries.map((candidate) => candidate.folder))].map((folder) =>
    withTexts(kitEntries.filter((candidate) => candidate.folder === folder).map((candidate) => candidate.entry), new Map(), folder),
  );
  problems.push(...printed.flatMap((folder) => folder.problems));
  if (problems.length) return { kits: 0, previews: 0, problems };

  for (const candidate of kitEntries) copyInto(output, candidate);
  const byId = new Map(printed.flatMap((folder) => folder.kits).map((kit) => [kit.id, kit]));
  writeManifest(output, { kits: kitEntries.map((candidate) => byId.get(candidate.entry.id)!) });
  fillIndexPage(output, new Map(kitEntries.map((candidate) => [candidate.entry.id, candidate.entry])));
  if (previewPlan) {
    const previewEntries = previewPlan.previews.map((entry) => previews.found.get(entry.id)!);
    for (const candidate of previewEntries) copyInto(output, candidate);
    writePreviewManifest(output, { previews: previewEntries.map((candidate) => candidate.entry) });
  }
  return { kits: kitEntries.length, previews: previewHashes.size, problems };
}
