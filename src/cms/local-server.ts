/**
 * Decap's local backend (the decap-server package) for a site folder: `npm run cms` and the
 * browser test run it on 127.0.0.1, where /admin/ finds it through `local_backend`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

export interface LocalCmsServer {
  /** The API address for `local_backend.url`. */
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

const serverScript = createRequire(import.meta.url).resolve("decap-server/dist/index.js");

export function startDecapServer(root: string, port: number, log: (line: string) => void = () => {}): Promise<LocalCmsServer> {
  const child = spawn(process.execPath, [serverScript], {
    cwd: root,
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", GIT_REPO_DIRECTORY: root, MODE: "fs", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      log(chunk.toString().trimEnd());
      if (/listening on/i.test(output)) resolve({ url: `http://127.0.0.1:${port}/api/v1`, process: child, close });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`decap-server exited (${code}) before listening:\n${output}`)));
  });
}
