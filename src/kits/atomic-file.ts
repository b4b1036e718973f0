/**
 * Writing a file in one step: the bytes go to a hidden temporary file beside it, which is renamed
 * over the target, so a reader (or a crash) never sees a half-written PDF or manifest.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

let counter = 0;

/** The temporary name used while writing `file`: hidden, and unique to this process. */
function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${++counter}`);
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = temporaryName(file);
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
