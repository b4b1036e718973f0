/**
 * The build pipeline: validate → render the site (Eleventy, with the search index written after
 * it) → print the kits → publish. Every stage works in a temporary folder; _site/ is replaced only
 * when all of them succeeded.
 */
import * as pagefind from "pagefind";
import { checkSite } from "../check/check-site.ts";
import { projectPaths, type ProjectPaths } from "../project.ts";
import { formatProblems } from "../validation/problem.ts";
import { discardOutput, publishOutput, temporaryOutput } from "./atomic-output.ts";
import { renderSite } from "./render-site.ts";

export interface BuildOptions {
  root?: string;
  /** Where the site ends up (default: <root>/_site). */
  output?: string;
  /** Runs after the site is rendered, in the temporary output; returns false when it failed. */
  extraStages?: ((paths: ProjectPaths, tempOutput: string) => Promise<boolean>)[];
  log?: (line: string) => void;
}

export async function buildSite(options: BuildOptions = {}): Promise<boolean> {
  const paths = projectPaths(options.root, options.output);
  const log = options.log ?? ((line: string) => console.log(line));
  const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

  let started = performance.now();
  const { problems, counts } = checkSite(paths);
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`build: stopped at validation; ${paths.output} was left as it was.`);
    return false;
  }
  log(`check: ${counts.chapters} chapters, ${counts.news} news posts, ${counts.alliances} alliances (${seconds(started)})`);

  const temp = temporaryOutput(paths.output);
  try {
    started = performance.now();
    const { pages } = await renderSite(paths.root, temp);
    log(`site: ${pages} files with search index (${seconds(started)})`);
    for (const stage of options.extraStages ?? []) {
      if (!(await stage(paths, temp))) {
        console.error(`build: failed; ${paths.output} was left as it was.`);
        discardOutput(temp);
        return false;
      }
    }
    publishOutput(temp, paths.output);
    log(`build: wrote ${paths.output}`);
    return true;
  } catch (error) {
    discardOutput(temp);
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`build: failed; ${paths.output} was left as it was.`);
    return false;
  } finally {
    await pagefind.close();
  }
}
