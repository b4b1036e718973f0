/** A chapter's last-updated date: its `updated` field, else its last commit, else its file time. */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

export function lastUpdated(file: string, updated?: string): string {
  if (updated) return updated;
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", path.basename(file)], {
      cwd: path.dirname(file),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout (a downloaded copy, a test fixture): the file's own time is next best.
  }
  return statSync(file).mtime.toISOString().slice(0, 10);
}
