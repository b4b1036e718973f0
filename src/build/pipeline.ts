/**
 * The build pipeline: validate and make the site model → render the site (Eleventy, from that
 * model) → print the kits (from the model's kit plan) → index for search → publish. Every stage
 * works in a temporary folder; _site/ is replaced only when all of them succeeded. README's
 * "Data flow" says what each stage reads and hands on.
 */
import * as pagefind from "pagefind";
import { checkSiteInParallel } from "../check/check-site.ts";
import { projectPaths, type ProjectPaths } from "../project.ts";
import { siteModel, type SiteModel } from "../site/model.ts";
import { indexSite } from "../search/index-site.ts";
import { formatProblems } from "../validation/problem.ts";
import { discardOutput, publishOutput, temporaryOutput } from "./atomic-output.ts";
import { renderSite } from "./render-site.ts";

/** A build stage working in `tempOutput` while `paths.output` still holds the previous build. */
export type Stage = (paths: ProjectPaths, tempOutput: string, model: SiteModel) => Promise<boolean>;

export interface BuildOptions {
  root?: string;
  /** Where the site ends up (default: <root>/_site). */
  output?: string;
  /** Run after the site is rendered and before it is indexed, in the temporary output; false means failed. */
  extraStages?: Stage[];
  log?: (line: string) => void;
}

export async function buildSite(options: BuildOptions = {}): Promise<boolean> {
  const paths = projectPaths(options.root, options.output);
  const log = options.log ?? ((line: string) => console.log(line));
  const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

  let started = performance.now();
  const checked = await checkSiteInParallel(paths);
  const { problems, counts } = checked;
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`build: stopped at validation; ${paths.output} was left as it was.`);
    return false;
  }
  log(`check: ${counts.chapters} chapters, ${counts.news} news posts, ${counts.alliances} alliances (${seconds(started)})`);

  const temp = temporaryOutput(paths.output);
  try {
    const model = siteModel(checked);
    started = performance.now();
    const { pages } = await renderSite(paths, temp, model);
    log(`site: ${pages} files (${seconds(started)})`);
    for (const stage of options.extraStages ?? []) {
      if (!(await stage(paths, temp, model))) {
        console.error(`build: failed; ${paths.output} was left as it was.`);
        discardOutput(temp);
        return false;
      }
    }
    const search = await indexSite(temp);
    log(`search: indexed ${search.pages} pages (${search.seconds.toFixed(1)} s)`);
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
