/** Runs Eleventy (with the project's .eleventy.ts) into a given output folder. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";

const configPath = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

export async function renderSite(root: string, output: string): Promise<{ pages: number }> {
  const eleventy = new Eleventy(path.join(root, "content"), output, { configPath, quietMode: true });
  // write() resolves to [passthrough copies, rendered templates].
  const [, templates] = (await eleventy.write()) as unknown as [unknown, unknown[]];
  return { pages: templates.length };
}
