/**
 * `npm start`: the full build (site, kits, search), then Eleventy's dev server on
 * http://localhost:8080 with live reload; search is re-indexed after every rebuild.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run-cli.ts";

// Eleventy's CLI is not an exported subpath, so it is found beside this project's node_modules.
const eleventyCli = fileURLToPath(new URL("../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url));

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
    const server = spawn(
      process.execPath,
      ["--import", "tsx", eleventyCli, "--config=.eleventy.ts", "--serve", `--port=${flags.port ?? "8080"}`],
      { stdio: "inherit" },
    );
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
    return new Promise<number>((resolve) => server.on("exit", (code) => resolve(code ?? 0)));
  },
);
