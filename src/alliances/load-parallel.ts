/**
 * Checking thousands of alliance files is mostly YAML parsing, on one core. On a big site, worker
 * threads parse shares of the files while this thread parses its own; their results go into
 * load.ts's memo, where the check (and Eleventy after it) then finds every file.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ProjectPaths } from "../project.ts";
import { allianceFiles, parseAllianceFiles, rememberParsed, type ParsedFile } from "./load.ts";
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
        vocabulary: { stateCodes: [...vocabulary.stateCodes], memberKinds: [...vocabulary.memberKinds], stateFips: { ...vocabulary.stateFips } },
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
 * Parses the site's alliance files on every core, ahead of loadAlliances. Only a speed-up: if a
 * thread fails, its files are simply parsed again by the check itself.
 */
export async function preloadAlliances(paths: ProjectPaths, vocabulary: Vocabulary): Promise<void> {
  const files = allianceFiles(paths);
  const threads = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD));
  if (threads < 2) return;
  // Every n-th file to each thread: names and sizes spread alike across the shares.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  const workers = shares.slice(1).map((share) => parseInWorker(paths, vocabulary, share));
  parseAllianceFiles(paths, vocabulary, shares[0]!);
  for (const outcome of await Promise.allSettled(workers)) {
    if (outcome.status === "fulfilled") rememberParsed(paths, vocabulary, outcome.value);
  }
}
