/** Whole folders of a fixture site: listing and comparing built files, and resaving sources as Windows editors do. */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Every file under `dir`, relative, with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** The files that differ between two folders (present in one only, or with other bytes). */
export function differingFiles(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = filesUnder(b);
  const all = [...new Set([...inA, ...inB])].sort();
  return all.filter((file) => !inA.includes(file) || !inB.includes(file) || !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}

/** Resaves a UTF-8 file the way Notepad and other Windows editors do: a byte-order mark and CRLF line endings. */
export function saveAsWindows(file: string): void {
  const text = readFileSync(file, "utf8");
  writeFileSync(file, `\uFEFF${text.replace(/\r?\n/g, "\r\n")}`);
}

/**
 * Gives every file under `dir` the same modification time: without git history a chapter's
 * "last updated" is its file's date, and two copies made either side of midnight would differ.
 */
export function fixFileTimes(dir: string, when = new Date("2026-11-01T12:00:00Z")): void {
  for (const file of filesUnder(dir)) utimesSync(path.join(dir, file), when, when);
}
