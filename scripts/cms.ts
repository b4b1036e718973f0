/**
 * `npm run cms`: Decap's local backend (decap-server) beside the dev server, so staff can edit at
 * http://localhost:8080/admin/ on their own machine; files are written straight into content/ and
 * data/, and the dev server rebuilds and reloads.
 */
import { spawn } from "node:child_process";
import { startDecapServer } from "../src/cms/local-server.ts";
import { runCli } from "../src/cli/run-cli.ts";

const port = (value: string) => (/^\d+$/.test(value) && Number(value) > 0 && Number(value) < 65536 ? undefined : "a port number from 1 to 65535");

await runCli(
  {
    name: "cms",
    summary: "Start Decap CMS's local backend and the dev server; then edit at http://localhost:8080/admin/.",
    flags: {
      port: { type: "string", value: "<number>", description: "Port of the dev server (default 8080).", check: port },
      "cms-port": { type: "string", value: "<number>", description: "Port of the local backend, decap-server (default 8081).", check: port },
    },
  },
  async (flags) => {
    const cmsPort = Number(flags["cms-port"] ?? "8081");
    const cms = await startDecapServer(process.cwd(), cmsPort, (line) => console.log(`cms: ${line}`));
    const sitePort = flags.port ?? "8080";
    const site = spawn(process.execPath, ["--import", "tsx", new URL("./start.ts", import.meta.url).pathname, "--no-kits", "--port", sitePort], {
      stdio: "inherit",
      env: { ...process.env, CMS_LOCAL_BACKEND: cms.url },
    });
    console.log(`cms: edit at http://localhost:${sitePort}/admin/ once the site is built (Ctrl-C stops both).`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => site.kill(signal));
    const code = await new Promise<number>((resolve) => site.on("exit", (exit) => resolve(exit ?? 0)));
    await cms.close();
    return code;
  },
);
