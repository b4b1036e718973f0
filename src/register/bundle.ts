/** Bundles the register page's script (and the schema it shares with `npm run check`) with esbuild. */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("./browser.ts", import.meta.url));
const bufferShim = fileURLToPath(new URL("./buffer-shim.ts", import.meta.url));

export async function bundleRegisterScript(outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    legalComments: "none",
    inject: [bufferShim],
    logLevel: "warning",
  });
}
