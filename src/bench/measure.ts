/**
 * Runs a command as a child process and measures it: wall time, peak memory of its whole process
 * tree (Node with Pagefind's binary, or Chromium's processes), and how busy the machine's cores
 * were. Memory is sampled from /proc every 200 ms; where there is no /proc, GNU time (if present)
 * gives the peak RSS of the largest process instead.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";

export interface Measured {
  command: string;
  seconds: number;
  /** Peak memory of the process tree, in bytes; undefined when it could not be measured. */
  peakBytes: number | undefined;
  /** How memory was measured: "tree" (the process tree, sampled from /proc), "time" (largest process, GNU time). */
  memorySource: "tree" | "time" | undefined;
  /** Busy share of all cores during the run, 0–1 (from /proc/stat: the whole machine). */
  cpuBusy: number | undefined;
  /** The peak memory so far at each line `mark` named, in order: how memory grew during the run. */
  marks: { label: string; peakBytes: number }[];
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** How often memory is sampled, in milliseconds (default 200). */
  intervalMs?: number;
  timeoutMs?: number;
  /** Called with each line of output as it comes (progress for long runs). */
  onLine?: (line: string) => void;
  /** Names the lines at which to note the peak memory so far (e.g. every 1,000th kit printed). */
  mark?: (line: string) => string | undefined;
}

/** The parent pid from a /proc/<pid>/stat line (the command name may hold spaces and parentheses). */
export function parentPid(statLine: string): number | undefined {
  const fields = statLine.slice(statLine.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Every pid under `root` (included), given a map of pid to parent pid. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** A field in kB (e.g. `RssAnon:` in /proc/<pid>/status, `MemTotal:` in /proc/meminfo), in bytes. */
export function kilobytesField(text: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return match ? Number(match[1]) * 1024 : undefined;
}

const read = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
};

/** The process tree under `root`, from a scan of /proc. */
function treeOf(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentPid(read(`/proc/${name}/stat`) ?? "");
    if (ppid !== undefined) parents.set(Number(name), ppid);
  }
  return descendants(root, parents);
}

export interface ProcessMemory {
  /** Private memory (heaps, stacks): RssAnon. */
  anonymous: number;
  /** File-backed and shared-memory pages (libraries, the Chromium binary, IPC buffers): RssFile + RssShmem. */
  shared: number;
}

/** A process's resident memory from its /proc/<pid>/status; undefined once it has gone. */
export function processMemory(status: string): ProcessMemory | undefined {
  const anonymous = kilobytesField(status, "RssAnon");
  if (anonymous === undefined) return undefined;
  return { anonymous, shared: (kilobytesField(status, "RssFile") ?? 0) + (kilobytesField(status, "RssShmem") ?? 0) };
}

/**
 * What a process tree holds: every process's private pages, and the largest process's shared
 * pages once (Chromium's processes map the same binary and share buffers: summing their RSS
 * would count those many times). PSS from smaps_rollup would be exact, but reading it takes
 * ~100 ms per Chromium process: sampling would keep a core busy and skew the timings.
 */
export function treeMemory(processes: readonly ProcessMemory[]): number {
  return processes.reduce((sum, process) => sum + process.anonymous, 0) + Math.max(0, ...processes.map((process) => process.shared));
}

function sampleTree(root: number): number {
  const processes = treeOf(root)
    .map((pid) => processMemory(read(`/proc/${pid}/status`) ?? ""))
    .filter((memory): memory is ProcessMemory => memory !== undefined);
  return treeMemory(processes);
}

/** Idle and total jiffies of all cores, from the first line of /proc/stat. */
export function cpuTimes(procStat: string): { idle: number; total: number } | undefined {
  const line = procStat.split("\n")[0] ?? "";
  if (!line.startsWith("cpu ")) return undefined;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user).
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return { idle: (values[3] ?? 0) + (values[4] ?? 0), total };
}

/** How busy the machine's cores are over `ms` while this process waits: other work skews every figure. */
export async function machineBusy(ms = 1000): Promise<number | undefined> {
  const before = cpuTimes(read("/proc/stat") ?? "");
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes(read("/proc/stat") ?? "");
  return before && after && after.total > before.total ? 1 - (after.idle - before.idle) / (after.total - before.total) : undefined;
}

const GNU_TIME = "/usr/bin/time";

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const sampled = existsSync(`/proc/${process.pid}/status`);
  // Without /proc, GNU time (if there) reports the peak RSS of the largest process.
  const timeFile = !sampled && existsSync(GNU_TIME) ? path.join(tmpdir(), `bench-time-${process.pid}-${Date.now()}`) : undefined;
  const [file, argv] = timeFile ? [GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args]] : [command, args];
  const cpuBefore = cpuTimes(read("/proc/stat") ?? "");
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });

  let peak = 0;
  const marks: Measured["marks"] = [];
  const timer = sampled
    ? setInterval(() => {
        if (child.pid !== undefined) peak = Math.max(peak, sampleTree(child.pid));
      }, options.intervalMs ?? 200)
    : undefined;
  const timeout = options.timeoutMs ? setTimeout(() => child.kill("SIGTERM"), options.timeoutMs) : undefined;

  const collect = (stream: NodeJS.ReadableStream) => {
    let text = "";
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      text += chunk;
      pending += chunk;
      const lines = pending.split(/\r?\n|\r/);
      pending = lines.pop() ?? "";
      for (const line of lines) {
        options.onLine?.(line);
        const label = options.mark?.(line);
        if (label !== undefined && peak > 0) marks.push({ label, peakBytes: peak });
      }
    });
    return () => text;
  };
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exitCode) => resolve(exitCode));
  });
  const seconds = (performance.now() - started) / 1000;
  if (timer) clearInterval(timer);
  if (timeout) clearTimeout(timeout);
  const cpuAfter = cpuTimes(read("/proc/stat") ?? "");

  let peakBytes: number | undefined = peak > 0 ? peak : undefined;
  let memorySource: Measured["memorySource"] = peakBytes ? "tree" : undefined;
  if (timeFile) {
    const kilobytes = Number((read(timeFile) ?? "").trim().split("\n").at(-1));
    if (kilobytes > 0) [peakBytes, memorySource] = [kilobytes * 1024, "time"];
    rmSync(timeFile, { force: true });
  }
  const cpuBusy =
    cpuBefore && cpuAfter && cpuAfter.total > cpuBefore.total
      ? 1 - (cpuAfter.idle - cpuBefore.idle) / (cpuAfter.total - cpuBefore.total)
      : undefined;
  return { command: [command, ...args].join(" "), seconds, peakBytes, memorySource, cpuBusy, marks, code, stdout: stdout(), stderr: stderr() };
}

/** The machine the figures come from. */
export function machine(benchRoot: string): { cpu: string; cores: number; memoryGiB: number; node: string; os: string; filesystem: string } {
  const release = read("/etc/os-release") ?? "";
  const os = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? `${process.platform} ${process.arch}`;
  // The mount that holds the benchmark's folder: the longest mount point that is a prefix of it.
  const mounts = (read("/proc/mounts") ?? "")
    .split("\n")
    .map((line) => line.split(" "))
    .filter((fields) => fields.length > 2 && (benchRoot === fields[1] || benchRoot.startsWith(`${fields[1] === "/" ? "" : fields[1]}/`)))
    .sort((a, b) => b[1]!.length - a[1]!.length);
  const memoryGiB = Math.round((kilobytesField(read("/proc/meminfo") ?? "", "MemTotal") ?? 0) / 2 ** 30);
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGiB,
    node: process.version,
    os,
    filesystem: mounts[0] ? `${mounts[0][2]} (${mounts[0][1]})` : "unknown",
  };
}
