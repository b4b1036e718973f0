/**
 * Renders the site in a child process. Eleventy keeps ~1 GB resident at 5,000 alliances, and Node
 * does not hand it back while it runs: rendered in a child, it is the system's again when the
 * child exits, before Pagefind's binary starts indexing. The child gets the checked site (plain
 * data, cloned over the IPC channel), makes the same model from it and renders into `output`; it
 * answers with what it wrote, or with the message of what failed.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CheckedSite } from "../check/check-site.ts";
import type { ProjectPaths } from "../project.ts";
import type { RenderedSite } from "./render-site.ts";

export interface RenderRequest {
  paths: ProjectPaths;
  output: string;
  checked: CheckedSite;
}

export type RenderReply = { ok: true; rendered: RenderedSite } | { ok: false; message: string };

const childModule = fileURLToPath(new URL("./render-child.ts", import.meta.url));

export function renderInChildProcess(request: RenderRequest): Promise<RenderedSite> {
  return new Promise((resolve, reject) => {
    const child = fork(childModule, [], {
      // The child loads TypeScript as this process does; tsx is resolved here, not from the site's folder.
      // A larger young generation: rendering makes gigabytes of short-lived strings and objects, and
      // garbage collection was 12 % of its profile with V8's default (2,000 alliances: 10.1 s → 9.3 s).
      // A heap that grows by 20 % after a collection instead of V8's default (up to 100 %): at 5,000
      // alliances the child peaked at 1.42 GB resident, and now at 1.1 GB, for ~1 s more of
      // collecting. Neither flag caps the heap: a larger site still renders.
      execArgv: ["--import", import.meta.resolve("tsx"), "--max-semi-space-size=64", "--heap-growing-percent=20"],
      // Structured clone: the checked site's Maps and Dates arrive as they left.
      serialization: "advanced",
    });
    let reply: RenderReply | undefined;
    child.on("message", (message) => {
      reply = message as RenderReply;
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (reply?.ok) resolve(reply.rendered);
      else reject(new Error(reply?.message ?? `rendering stopped unexpectedly (${signal ?? `exit code ${code}`})`));
    });
    child.send(request);
  });
}
