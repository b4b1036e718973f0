/**
 * The benchmark's "edit one alliance under `npm start`": the dev server (the serve path of
 * `npm start`, src/build/render-site.ts `serveSite`) over an already built site, then a few edits
 * of one alliance's summary, timing each from the save until its page serves the new text, and
 * until the search index is written again (the server logs `search: indexed …`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { urls } from "../urls.ts";
import { repoRoot } from "./sites.ts";

export interface ServeEditFigures {
  alliance: string;
  /** Seconds from saving the file to the page serving the new text, per edit, and their median. */
  served: number[];
  servedSeconds: number;
  /** Seconds from saving the file to the search index being written again; undefined when it never was. */
  indexed: number[];
  indexedSeconds: number | undefined;
}

/** The serve path alone: the bench has built the site already, so `npm start`'s first build is left out. */
const SERVE_SCRIPT = `// The dev server of \`npm start\` over the site in the working folder.
import { serveSite } from ${JSON.stringify(path.join(repoRoot, "src", "build", "render-site.ts"))};
import { projectPaths } from ${JSON.stringify(path.join(repoRoot, "src", "project.ts"))};
const server = await serveSite(projectPaths(), Number(process.argv[2]));
console.log("serve-edit: serving");
process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds, every 50 ms, or throws after `timeoutMs` saying what it waited for. */
export async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`serve-edit: gave up waiting for ${what} after ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}

/**
 * A GET without keep-alive: the dev server closes idle connections, and fetch() reusing one fails
 * ("fetch failed") now and then.
 */
export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export async function bodyOf(url: string): Promise<string | undefined> {
  try {
    const { status, body } = await httpGet(url);
    return status === 200 ? body : undefined;
  } catch {
    return undefined;
  }
}

/** The file with its `summary:` line replaced (the synthetic files write it on one line). */
export function withSummary(file: string, summary: string): string {
  if (!/^summary: .*$/m.test(file)) throw new Error("serve-edit: the alliance file has no one-line summary to edit");
  return file.replace(/^summary: .*$/m, `summary: ${JSON.stringify(summary)}`);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface DevServer {
  port: number;
  /** Every line the server printed so far, with when (performance.now()). */
  lines: { at: number; line: string }[];
  exited: () => boolean;
  stop: () => Promise<void>;
}

/**
 * Starts the dev server (`serveSite`) over `site` in a child process on a free port of 127.0.0.1's
 * machine; resolves at once (wait with `until` for `serve-edit: serving` and a first `search: indexed`).
 */
export async function startDevServer(site: string, env: NodeJS.ProcessEnv): Promise<DevServer> {
  const script = path.join(path.dirname(site), `serve-edit-${path.basename(site)}.mts`);
  writeFileSync(script, SERVE_SCRIPT);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script, String(port)], { cwd: site, env: { ...env, FORCE_COLOR: "0" } });
  const lines: { at: number; line: string }[] = [];
  let rest = "";
  const collect = (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop()!;
    for (const line of parts) lines.push({ at: performance.now(), line });
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  let exited = false;
  child.once("exit", () => (exited = true));
  return {
    port,
    lines,
    exited: () => exited,
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      await until("the dev server to stop", 10_000, () => exited).catch(() => child.kill("SIGKILL"));
      rmSync(script, { force: true });
    },
  };
}

/** Waits until the server serves `pageUrl` and has written its first search index. */
export async function untilServing(server: DevServer, pageUrl: string, timeoutMs: number): Promise<void> {
  await until("the dev server", timeoutMs, async () => {
    if (server.exited()) throw new Error(`serve-edit: the dev server stopped:\n${server.lines.map((entry) => entry.line).slice(-15).join("\n")}`);
    const ready = server.lines.some((entry) => entry.line === "serve-edit: serving") && server.lines.some((entry) => entry.line.startsWith("search: indexed"));
    return ready && (await bodyOf(pageUrl)) !== undefined;
  });
}

/** Serves `site` (built), edits `content/alliances/<slug>.md` `edits` times, and restores it. */
export async function benchServeEdit(site: string, slug: string, options: { edits: number; env: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<ServeEditFigures> {
  const server = await startDevServer(site, options.env);
  const file = path.join(site, "content", "alliances", `${slug}.md`);
  const original = readFileSync(file, "utf8");
  const pageUrl = `http://127.0.0.1:${server.port}${urls.alliance(slug)}`;
  const served: number[] = [];
  const indexed: number[] = [];
  try {
    // Serving starts with a full build and its search index; the edits are timed after both.
    await untilServing(server, pageUrl, 900_000);
    for (let edit = 1; edit <= options.edits; edit++) {
      const text = `Edited for the benchmark, round ${edit} of ${options.edits}, mark ${Date.now().toString(36)}.`;
      const savedAt = performance.now();
      writeFileSync(file, withSummary(original, text));
      await until(`edit ${edit} to be served`, 300_000, async () => (await bodyOf(pageUrl))?.includes(text) ?? false);
      served.push((performance.now() - savedAt) / 1000);
      const search = () => server.lines.find((entry) => entry.at > savedAt && entry.line.startsWith("search: indexed"));
      // The index is written after the page is served; the next edit waits for it, so each is timed alone.
      await until(`edit ${edit}'s search index`, 600_000, () => search() !== undefined).catch(() => undefined);
      const done = search();
      if (done) indexed.push((done.at - savedAt) / 1000);
      options.log(`    edit ${edit}: served after ${served.at(-1)!.toFixed(2)} s${done ? `, search re-indexed after ${indexed.at(-1)!.toFixed(2)} s` : ""}`);
    }
  } finally {
    writeFileSync(file, original);
    await server.stop();
  }
  return {
    alliance: slug,
    served,
    servedSeconds: median(served),
    indexed,
    indexedSeconds: indexed.length ? median(indexed) : undefined,
  };
}
