/**
 * kits/manifest.json: what was printed. Per kit its content hash (to skip unchanged kits next
 * time), title, description, page count and size (for /kits/), and the print page's plain text
 * (for search records of the PDFs).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { outputFile, urls } from "../urls.ts";
import { writeFileAtomic } from "./atomic-file.ts";

export const MANIFEST_FILE = outputFile(urls.kitManifest());

export const manifestEntrySchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  url: z.string(),
  title: z.string(),
  description: z.string(),
  hash: z.string(),
  pages: z.number().int().positive(),
  bytes: z.number().int().positive(),
  text: z.string(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.strictObject({ kits: z.array(manifestEntrySchema) });
export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest in a site folder; an unreadable one is reported and treated as empty (everything reprints). */
export function readManifest(output: string): { manifest: Manifest; problem?: string } {
  const file = path.join(output, MANIFEST_FILE);
  if (!existsSync(file)) return { manifest: { kits: [] } };
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (parsed.success) return { manifest: parsed.data };
    return { manifest: { kits: [] }, problem: `${MANIFEST_FILE} does not have the expected shape` };
  } catch (error) {
    return { manifest: { kits: [] }, problem: `${MANIFEST_FILE} is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

export function writeManifest(output: string, manifest: Manifest): void {
  mkdirSync(path.dirname(path.join(output, MANIFEST_FILE)), { recursive: true });
  writeFileAtomic(path.join(output, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
