/**
 * The build pipeline: validate → render the site (Eleventy, from the site model, in a child process
 * that hands its memory back before indexing) → print the kits (from the model's kit plan) → index
 * for search (the pages Eleventy wrote with a search body) → publish. Every stage works in a
 * temporary folder; _site/ is replaced only when all of them succeeded. README's "Data flow" says
 * what each stage reads and hands on.
 */
import * as pagefind from "pagefind";
import { checkSiteInParallel, type CheckedSite } from "../check/check-site.ts";
import { projectPaths, type ProjectPaths } from "../project.ts";
import { siteModel, type SiteModel } from "../site/model.ts";
import { indexSite } from "../search/index-site.ts";
import { formatProblems } from "../validation/problem.ts";
import { discardOutput, publishOutput, temporaryOutput } from "./atomic-output.ts";
import { renderInChildProcess } from "./render-process.ts";

/** A build stage working in `tempOutput` while `paths.output` still holds the previous build. */
export type Stage = (paths: ProjectPaths, tempOutput: string, model: SiteModel) => Promise<boolean>;

export interface BuildOptions {
  root?: string;
  /** Where the site ends up (default: <root>/_site). */
  output?: string;
  /** Run after the site is rendered and before it is indexed, in the temporary output; false means failed. */
  extraStages?: Stage[];
  log?: (line: string) => void;
  /** Called once the site is published, with each stage's time and counts (`build --json`). */
  report?: (report: BuildReport) => void;
}

/** What each stage did and how long it took, in seconds. */
export interface BuildReport {
  check: { seconds: number; chapters: number; news: number; alliances: number };
  site: { seconds: number; files: number };
  /** The extra stages (the kits), together. */
  extra: { seconds: number };
  search: { seconds: number; pages: number; kits: number };
  seconds: number;
}

export async function buildSite(options: BuildOptions = {}): Promise<boolean> {
  const paths = projectPaths(options.root, options.output);
  const log = options.log ?? ((line: string) => console.log(line));
  const elapsed = (since: number) => (performance.now() - since) / 1000;
  const seconds = (since: number) => `${elapsed(since).toFixed(1)} s`;

  const begun = performance.now();
  let started = begun;
  let checked: CheckedSite | undefined = await checkSiteInParallel(paths);
  const { problems, counts } = checked;
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`build: stopped at validation; ${paths.output} was left as it was.`);
    return false;
  }
  log(`check: ${counts.chapters} chapters, ${counts.news} news posts, ${counts.alliances} alliances (${seconds(started)})`);
  const checkStage = { seconds: elapsed(started), ...counts };

  const temp = temporaryOutput(paths.output);
  try {
    started = performance.now();
    const { pages, searchable } = await renderInChildProcess({ paths, output: temp, checked });
    log(`site: ${pages} files (${seconds(started)})`);
    const rendered = { seconds: elapsed(started), files: pages };
    started = performance.now();
    const stages = options.extraStages ?? [];
    if (stages.length) {
      // The child rendered from a model of its own; the kits stage makes one here (build:site has no stage).
      const model = siteModel(checked);
      for (const stage of stages) {
        if (!(await stage(paths, temp, model))) {
          console.error(`build: failed; ${paths.output} was left as it was.`);
          discardOutput(temp);
          return false;
        }
      }
    }
    const extra = { seconds: elapsed(started) };
    // Let go of the checked site before indexing: Pagefind's process peaks beside this one (at
    // 5,000 alliances, this one then holds 120 MB instead of 160 MB).
    checked = undefined;
    const search = await indexSite(temp, searchable);
    log(`search: indexed ${search.pages} pages (${search.seconds.toFixed(1)} s)`);
    publishOutput(temp, paths.output);
    log(`build: wrote ${paths.output}`);
    options.report?.({ check: checkStage, site: rendered, extra, search: { seconds: search.seconds, pages: search.pages, kits: search.kits }, seconds: elapsed(begun) });
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
