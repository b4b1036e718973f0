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

export function loadSiteModel(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): SiteModel {
  const { data, alliances, problems } = checkSite(paths, env);
  if (problems.length || !data) throw new ValidationError(problems);
  const today = buildToday(env);
  return { data, today, directory: buildDirectory(alliances, data.states, data["member-kinds"], today) };
}
