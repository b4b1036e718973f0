/**
 * The site model: everything the templates and the kits need from content and data, validated.
 * The build makes it once (`siteModel(await checkSiteInParallel(…))`) and hands the same object to
 * Eleventy and to the kits stage; under `npm start` every rebuild makes a new one.
 */
import { buildDirectory, type Directory } from "../alliances/directory.ts";
import { checkSite, type CheckedSite } from "../check/check-site.ts";
import type { SiteData } from "../data/load-data.ts";
import { buildToday } from "../dates/dates.ts";
import { planKits, type Kit, type KitPlan } from "../kits/plan.ts";
import type { ProjectPaths } from "../project.ts";
import { ValidationError } from "../validation/problem.ts";

export interface SiteModel {
  data: SiteData;
  directory: Directory;
  today: string;
  /** Which kits exist: rendered to kits/plan.json for `npm run kits`, and printed by the build's kits stage. */
  kitPlan: KitPlan;
  kitsById: ReadonlyMap<string, Kit>;
}

/**
 * Eleventy deep-copies plain objects of global data into every template and wraps them in a new
 * Proxy on every paginated page, unless they are frozen. Frozen, the directory stays one object
 * across its 10,000 pages: no copies, no proxies on every read.
 */
function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze(value);
}

/** The model of a checked site; a site with problems has none (the error lists them all). */
export function siteModel(checked: CheckedSite, env: NodeJS.ProcessEnv = process.env): SiteModel {
  const { data, alliances, problems } = checked;
  if (problems.length || !data) throw new ValidationError(problems);
  const today = buildToday(env);
  const directory = frozen(buildDirectory(alliances, data.states, data["member-kinds"], today));
  for (const value of Object.values(data)) frozen(value);
  const kitPlan = frozen(planKits(directory.alliances, data.site, { kits: data.kits, agendas: data.agendas }));
  return frozen({ data, today, directory, kitPlan, kitsById: new Map(kitPlan.kits.map((kit) => [kit.id, kit])) });
}

/** Checks the site on this thread and makes its model (each rebuild under `npm start`). */
export function loadSiteModel(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): SiteModel {
  return siteModel(checkSite(paths, env), env);
}
