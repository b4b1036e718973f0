/**
 * kits/manifest.json: what was printed. Per kit its content hash (to skip unchanged kits next
 * time), title, description, page count and size (for /kits/), and the print page's plain text
 * (for search records of the PDFs). One schema: the kits stage writes it, the next kits run and
 * the search stage read it with the same schema.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { outputFile, urls } from "../urls.ts";
import { formatProblem, ValidationError } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";
import { writeFileAtomic } from "./atomic-file.ts";

export const MANIFEST_FILE = outputFile(urls.kitManifest());

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
  text: z.string(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.strictObject({ kits: z.array(manifestEntrySchema) });
export type Manifest = z.infer<typeof manifestSchema>;

/** JSON has no lines worth naming here: problems name the field. */
const noLines = { lineOf: () => undefined, keyLine: () => undefined };

/** The manifest in a site folder, checked against the schema; none when the kits were not printed. */
export function loadManifest(output: string): Manifest | undefined {
  const file = path.join(output, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([{ file: MANIFEST_FILE, field: "", found: `text that is not JSON (${reason})`, expected: "the kits' manifest as the kits stage writes it" }]);
  }
  const parsed = manifestSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error.issues, MANIFEST_FILE, noLines, manifestSchema));
  return parsed.data;
}

/**
 * For the kits stage: the last run's manifest, where an unreadable one is reported and treated as
 * empty (everything prints again).
 */
export function readManifest(output: string): { manifest: Manifest; problem?: string } {
  try {
    return { manifest: loadManifest(output) ?? { kits: [] } };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const [first] = error.problems;
    const more = error.problems.length - 1;
    return { manifest: { kits: [] }, problem: `${first ? formatProblem(first) : MANIFEST_FILE}${more ? ` (and ${more} more)` : ""}` };
  }
}

/** For search: the printed kits whose PDF is in the folder; a manifest that does not fit the schema is an error. */
export function printedKits(output: string): ManifestEntry[] {
  return (loadManifest(output)?.kits ?? []).filter((entry) => existsSync(path.join(output, entry.file)));
}

export function writeManifest(output: string, manifest: Manifest): void {
  mkdirSync(path.dirname(path.join(output, MANIFEST_FILE)), { recursive: true });
  writeFileAtomic(path.join(output, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
