/**
 * `npm start`: the full build (site, kits, search), then Eleventy's dev server on
 * http://localhost:8080 with live reload; search is re-indexed after every rebuild.
 */
import { spawn } from "node:child_process";
import { runCli } from "../src/cli/run-cli.ts";
import { projectPaths } from "../src/project.ts";

await runCli(
  {
    name: "start",
    summary: "Build everything, then serve the site with live reload.",
    flags: {
      port: {
        type: "string",
        value: "<number>",
        description: "Port to serve on (default 8080).",
        check: (value) => (/^\d+$/.test(value) && Number(value) > 0 && Number(value) < 65536 ? undefined : "a port number from 1 to 65535"),
      },
      "no-kits": { type: "boolean", description: "Skip printing the kits in the first build." },
    },
  },
  async (flags) => {
    const build = spawn(process.execPath, ["--import", "tsx", new URL("./build.ts", import.meta.url).pathname, ...(flags["no-kits"] ? ["--no-kits"] : [])], {
      stdio: "inherit",
    });
    const built = await new Promise<number>((resolve) => build.on("exit", (code) => resolve(code ?? 1)));
    if (built !== 0) return built;
    // Loaded after the build: the build runs in its own process, and this one only serves.
    const { serveSite } = await import("../src/build/render-site.ts");
    const server = await serveSite(projectPaths(), Number(flags.port ?? "8080"));
    return new Promise<number>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.stop().then(() => resolve(0)));
    });
  },
);
