/**
 * Atomic output: a build renders into a temporary sibling of _site/ and replaces it only when
 * every stage succeeded, so a failed build leaves the previous _site/ exactly as it was.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

export function temporaryOutput(output: string): string {
  const temp = path.join(path.dirname(output), `${path.basename(output)}.building-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  return temp;
}

export function discardOutput(temp: string): void {
  rmSync(temp, { recursive: true, force: true });
}

/** Swaps the finished build in with two renames; the old output is removed afterwards. */
export function publishOutput(temp: string, output: string): void {
  const old = `${output}.old-${process.pid}`;
  if (existsSync(output)) renameSync(output, old);
  try {
    renameSync(temp, output);
  } catch (error) {
    if (existsSync(old)) renameSync(old, output);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
