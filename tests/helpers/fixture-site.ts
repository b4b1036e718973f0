/**
 * Fixture sites for build and browser tests: a temporary folder with the project's content and
 * data, the test's own alliances instead of the samples (tests never read content/alliances/),
 * layouts and assets linked in, built by the real build script in a child process. The folder is
 * made like the benchmark's sites, and alliance files are written by the benchmark's writer.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { allianceDocument, YamlText } from "../../src/bench/alliance-file.ts";
import { makeSite, repoRoot } from "../../src/bench/sites.ts";

export { repoRoot };

export interface FixtureOptions {
  /** Alliance files by slug (file name without .md); the site has no others. */
  alliances?: Record<string, string>;
  /** Extra or replaced files, by path relative to the site folder (e.g. "data/site.yaml"). */
  files?: Record<string, string>;
}

export function makeFixtureSite(options: FixtureOptions = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-fixture-"));
  makeSite(dir, Object.entries(options.alliances ?? {}).map(([slug, file]) => ({ slug, file })));
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

/** The front matter of a valid alliance, which `allianceFile` starts from. */
export const FIXTURE_ALLIANCE: Readonly<Record<string, unknown>> = {
  name: "Springfield Alliance for the ICC",
  scope: "city",
  state: "IL",
  city: "Springfield",
  status: "active",
  summary: "Congregations and civic clubs in Springfield working for U.S. cooperation with the Court.",
  host: { name: "Springfield Civic League" },
  contact: { name: "Pat Doe", email: "pat@example.org" },
};

/**
 * A valid alliance file with `fields` replaced or added. A string is the field's YAML source, written
 * as it is (`"[IL, WI]"`, `"\n  name: Pat Doe"`, or a mistake); any other value is data, written
 * by the YAML library; "" or undefined leaves the field out.
 */
export function allianceFile(fields: Record<string, unknown> = {}, story = "Our alliance meets monthly."): string {
  const given = Object.entries(fields).map(([key, value]) => [key, value === "" ? undefined : typeof value === "string" ? new YamlText(value) : value]);
  return allianceDocument({ ...FIXTURE_ALLIANCE, ...Object.fromEntries(given) }, story);
}
