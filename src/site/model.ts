/**
 * Everything the templates need from content and data, loaded and validated once per build.
 * Invalid input stops the build with every problem listed.
 */
import { buildDirectory, type Directory } from "../alliances/directory.ts";
import { checkSite } from "../check/check-site.ts";
import type { SiteData } from "../data/load-data.ts";
import { buildToday } from "../dates/dates.ts";
import type { ProjectPaths } from "../project.ts";
import { ValidationError } from "../validation/problem.ts";

export interface SiteModel {
  data: SiteData;
  directory: Directory;
  today: string;
}

/**
 * Eleventy deep-copies plain objects of global data into every template and wraps them in a new
 * Proxy on every paginated page, unless they are frozen. Frozen, the directory stays one object
 * across its 10,000 pages: no copies, no proxies on every read, and filters can cache by it.
 */
function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze(value);
}

export function loadSiteModel(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): SiteModel {
  const { data, alliances, problems } = checkSite(paths, env);
  if (problems.length || !data) throw new ValidationError(problems);
  const today = buildToday(env);
  const directory = frozen(buildDirectory(alliances, data.states, data["member-kinds"], today));
  for (const value of Object.values(data)) frozen(value);
  return { data, today, directory };
}
