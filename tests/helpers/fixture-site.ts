/**
 * Fixture sites for build and browser tests: a temporary folder with the project's content and
 * data (alliances replaced by the test's own), layouts and assets linked in, built by the real
 * build script in a child process.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface FixtureOptions {
  /** Alliance files by slug (file name without .md); replaces the sample alliances. */
  alliances?: Record<string, string>;
  /** Keep the sample alliances (and add `alliances` to them). */
  keepSampleAlliances?: boolean;
  /** Extra or replaced files, by path relative to the site folder (e.g. "data/site.yaml"). */
  files?: Record<string, string>;
}

export function makeFixtureSite(options: FixtureOptions = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-fixture-"));
  cpSync(path.join(repoRoot, "content"), path.join(dir, "content"), {
    recursive: true,
    filter: (source) => options.keepSampleAlliances || !source.startsWith(path.join(repoRoot, "content", "alliances")),
  });
  cpSync(path.join(repoRoot, "data"), path.join(dir, "data"), { recursive: true });
  for (const linked of ["layouts", "assets", "node_modules"]) symlinkSync(path.join(repoRoot, linked), path.join(dir, linked));
  mkdirSync(path.join(dir, "content", "alliances"), { recursive: true });
  for (const [slug, text] of Object.entries(options.alliances ?? {})) {
    writeFileSync(path.join(dir, "content", "alliances", `${slug}.md`), text);
  }
  for (const [file, text] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts (e.g. "build.ts", "check.ts") in a site folder. */
export function runScript(site: string, script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts", script), ...args], {
    cwd: site,
    encoding: "utf8",
    env: { ...process.env, BUILD_DATE: "2026-11-26", ...env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A valid alliance file; `fields` replaces or adds front matter lines (YAML text). */
export function allianceFile(fields: Record<string, string> = {}, story = "Our alliance meets monthly."): string {
  const base: Record<string, string> = {
    name: "Springfield Alliance for the ICC",
    scope: "city",
    state: "IL",
    city: "Springfield",
    status: "active",
    summary: "Congregations and civic clubs in Springfield working for U.S. cooperation with the Court.",
    host: "\n  name: Springfield Civic League",
    contact: "\n  name: Pat Doe\n  email: pat@example.org",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}:${value.startsWith("\n") ? "" : " "}${value}`);
  return `---\n${lines.join("\n")}\n---\n${story}\n`;
}
