/**
 * What the kits stage printed, in two files written together: kits/manifest.json, per kit its
 * content hash (to skip unchanged kits next time), title, description, page count and size (for
 * /kits/); and kits/texts.json, each PDF's plain text (for search records of the PDFs). An
 * unchanged run reads only the first: the texts are most of the bytes (50 MB at 5,000 alliances).
 * One schema each: the kits stage writes them, the next kits run and the search stage read them.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { outputFile, urls } from "../urls.ts";
import { formatProblem, ValidationError } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";
import { writeFileAtomic } from "./atomic-file.ts";

export const MANIFEST_FILE = outputFile(urls.kitManifest());
export const TEXTS_FILE = outputFile(urls.kitTexts());

export const manifestEntrySchema = z.strictObject({
  id: z.string(),
  /** The PDF, relative to the output folder, e.g. kits/cook-county.pdf. */
  file: z.string().min(1),
  /** The PDF's address, e.g. /kits/cook-county.pdf. */
  url: z.string().startsWith("/"),
  title: z.string().min(1),
  description: z.string(),
  hash: z.string(),
  pages: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.strictObject({ kits: z.array(manifestEntrySchema) });
export type Manifest = z.infer<typeof manifestSchema>;

/** A PDF's text, for the kit of that id printed with that hash. */
export const kitTextSchema = z.strictObject({ id: z.string(), hash: z.string(), text: z.string() });
export const textsSchema = z.strictObject({ kits: z.array(kitTextSchema) });

/** A printed kit: its manifest entry and its text. */
export interface PrintedKit extends ManifestEntry {
  text: string;
}

/** JSON has no lines worth naming here: problems name the field. */
const noLines = { lineOf: () => undefined, keyLine: () => undefined };

/** A JSON file of the kits stage in a site folder, checked against its schema; undefined when there is none. */
function loadJson<T>(output: string, file: string, schema: z.ZodType<T>, expected: string): T | undefined {
  const full = path.join(output, file);
  if (!existsSync(full)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([{ file, field: "", found: `text that is not JSON (${reason})`, expected }]);
  }
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error.issues, file, noLines, schema));
  return parsed.data;
}

/** The manifest in a site folder, checked against the schema; none when the kits were not printed. */
export function loadManifest(output: string): Manifest | undefined {
  return loadJson(output, MANIFEST_FILE, manifestSchema, "the kits' manifest as the kits stage writes it");
}

/** The PDFs' texts in a site folder, by kit id (with the hash each was printed with); empty when there are none. */
export function loadKitTexts(output: string): Map<string, { hash: string; text: string }> {
  const texts = loadJson(output, TEXTS_FILE, textsSchema, "the kits' texts as the kits stage writes them")?.kits ?? [];
  return new Map(texts.map(({ id, hash, text }) => [id, { hash, text }]));
}

/**
 * For the kits stage: the last run's manifest, where an unreadable one, or one without its texts
 * beside it, is reported and treated as empty (everything prints again).
 */
export function readManifest(output: string): { manifest: Manifest; problem?: string } {
  try {
    const manifest = loadManifest(output);
    if (manifest && !existsSync(path.join(output, TEXTS_FILE))) return { manifest: { kits: [] }, problem: `${TEXTS_FILE}: found nothing; expected the kits' texts beside ${MANIFEST_FILE}` };
    return { manifest: manifest ?? { kits: [] } };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const [first] = error.problems;
    const more = error.problems.length - 1;
    return { manifest: { kits: [] }, problem: `${first ? formatProblem(first) : MANIFEST_FILE}${more ? ` (and ${more} more)` : ""}` };
  }
}

/**
 * Each entry with its text, from `printed` (this run's) or else from the texts file in `folder`
 * (read only when needed); an entry whose text is in neither is a problem.
 */
export function withTexts(entries: readonly ManifestEntry[], printed: ReadonlyMap<string, string>, folder: string): { kits: PrintedKit[]; problems: string[] } {
  let stored: Map<string, { hash: string; text: string }> | undefined;
  const problems: string[] = [];
  const kits = entries.flatMap((entry) => {
    let text = printed.get(entry.id);
    if (text === undefined) {
      stored ??= loadKitTexts(folder);
      const found = stored.get(entry.id);
      if (found?.hash === entry.hash) text = found.text;
    }
    if (text !== undefined) return [{ ...entry, text }];
    problems.push(`${path.join(folder, TEXTS_FILE)}: found no text for ${entry.file} as printed (hash ${entry.hash.slice(0, 12)}); expected the one written with its manifest entry (print it again with --force)`);
    return [];
  });
  return { kits, problems };
}

/** For search: the printed kits whose PDF is in the folder, with their texts; files that do not fit their schema are an error. */
export function printedKits(output: string): PrintedKit[] {
  const entries = (loadManifest(output)?.kits ?? []).filter((entry) => existsSync(path.join(output, entry.file)));
  if (!entries.length) return [];
  const texts = loadKitTexts(output);
  const missing = entries.filter((entry) => texts.get(entry.id)?.hash !== entry.hash);
  if (missing.length) {
    throw new ValidationError(
      missing.map((entry) => ({ file: TEXTS_FILE, field: "kits", found: `no text for ${entry.id} as printed (hash ${entry.hash.slice(0, 12)})`, expected: `the text of every kit in ${MANIFEST_FILE}, written with it by the kits stage` })),
    );
  }
  return entries.map((entry) => ({ ...entry, text: texts.get(entry.id)!.text }));
}

/** Writes the texts, then the manifest that refers to them (each file whole or not at all). */
export function writeManifest(output: string, printed: { kits: readonly PrintedKit[] }): void {
  mkdirSync(path.dirname(path.join(output, MANIFEST_FILE)), { recursive: true });
  const texts = printed.kits.map(({ id, hash, text }) => ({ id, hash, text }));
  writeFileAtomic(path.join(output, TEXTS_FILE), `${JSON.stringify({ kits: texts })}\n`);
  const kits = printed.kits.map(({ text: _text, ...entry }) => entry);
  writeFileAtomic(path.join(output, MANIFEST_FILE), `${JSON.stringify({ kits }, null, 2)}\n`);
}
