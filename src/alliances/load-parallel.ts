/**
 * Checking thousands of alliance files is mostly YAML parsing, on one core. On a big site, worker
 * threads parse shares of the files while this thread parses its own, and the results come back
 * together, in file order, as if one thread had parsed them all.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ProjectPaths } from "../project.ts";
import { allianceFiles, parseAllianceFiles, type ParsedFile } from "./load.ts";
import type { Vocabulary } from "./schema.ts";

/**
 * A thread takes ~0.5 s to load its modules: below this many files per thread, it costs more than
 * it saves (measured on 2 cores: 2,000 files gain nothing, 5,000 gain ~1 s).
 */
const FILES_PER_THREAD = 1500;

// Workers do not inherit the tsx loader on Node 20: each registers it before loading load.ts.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { parseAllianceFiles } = await import(workerData.load);
  const { projectPaths } = await import(workerData.project);
  parentPort.postMessage(parseAllianceFiles(projectPaths(workerData.root), workerData.vocabulary, workerData.files));
})();
`;

function parseInWorker(paths: ProjectPaths, vocabulary: Vocabulary, files: string[]): Promise<ParsedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        tsx: import.meta.resolve("tsx/esm/api"),
        load: import.meta.resolve("./load.ts"),
        project: import.meta.resolve("../project.ts"),
        root: paths.root,
        vocabulary: { stateCodes: [...vocabulary.stateCodes], memberKinds: [...vocabulary.memberKinds], counties: vocabulary.counties },
        files,
      },
    });
    worker.once("message", (parsed: ParsedFile[]) => {
      resolve(parsed);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the parsing thread stopped (exit code ${code})`)));
  });
}

/**
 * The site's alliance files, read and checked on every core when there are enough of them. A
 * thread that fails only costs time: its share is parsed again here.
 */
export async function parseAlliancesInParallel(paths: ProjectPaths, vocabulary: Vocabulary): Promise<ParsedFile[]> {
  const files = allianceFiles(paths);
  const threads = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD));
  if (threads < 2) return parseAllianceFiles(paths, vocabulary, files);
  // Every n-th file to each thread: names and sizes spread alike across the shares.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  const workers = shares.slice(1).map((share) => parseInWorker(paths, vocabulary, share));
  const parsed = parseAllianceFiles(paths, vocabulary, shares[0]!);
  const outcomes = await Promise.allSettled(workers);
  outcomes.forEach((outcome, i) => parsed.push(...(outcome.status === "fulfilled" ? outcome.value : parseAllianceFiles(paths, vocabulary, shares[i + 1]!))));
  const order = new Map(files.map((file, index) => [file, index]));
  return parsed.sort((a, b) => order.get(a.fullPath)! - order.get(b.fullPath)!);
}
