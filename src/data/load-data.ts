/** Reads and validates the YAML files in data/; SITE_URL overrides the site's url. */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { readYamlFile } from "../content/read-source.ts";
import { displayPath, type ProjectPaths } from "../project.ts";
import { dataFiles } from "../site/schema.ts";
import { httpUrl } from "../validation/fields.ts";
import { describeValue, type Problem } from "../validation/problem.ts";
import { zodProblems } from "../validation/zod-problems.ts";

export type SiteData = { [K in keyof typeof dataFiles]: z.infer<(typeof dataFiles)[K]> };

export interface DataResult {
  /** Every data file, when all are valid. */
  data: SiteData | undefined;
  /** The files that are valid, so other checks can go on when one file has a problem. */
  valid: Partial<SiteData>;
  problems: Problem[];
}

export function loadData(paths: ProjectPaths, env: NodeJS.ProcessEnv = process.env): DataResult {
  const problems: Problem[] = [];
  const loaded: Record<string, unknown> = {};
  const present = new Set(readdirSync(paths.data).filter((name) => /\.ya?ml$/.test(name)));

  for (const [name, schema] of Object.entries(dataFiles)) {
    const fileName = [`${name}.yaml`, `${name}.yml`].find((candidate) => present.has(candidate));
    const file = path.join(paths.data, fileName ?? `${name}.yaml`);
    const shown = displayPath(paths, file);
    if (!fileName) {
      problems.push({ file: shown, field: "", found: "no such file", expected: `the data file ${name}.yaml` });
      continue;
    }
    const source = readYamlFile(file, shown);
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const result = (schema as z.ZodType).safeParse(source.data ?? {}, { reportInput: true });
    if (result.success) loaded[name] = result.data;
    else problems.push(...zodProblems(result.error.issues, shown, source, schema as z.ZodType));
  }

  // Files the site does not know are still data: check that they parse.
  for (const fileName of present) {
    if ((Object.keys(dataFiles) as string[]).includes(fileName.replace(/\.ya?ml$/, ""))) continue;
    const file = path.join(paths.data, fileName);
    problems.push(...readYamlFile(file, displayPath(paths, file)).problems);
  }

  const override = env.SITE_URL?.trim();
  const site = loaded.site as SiteData["site"] | undefined;
  if (override && site) {
    if (httpUrl.safeParse(override).success) site.url = override;
    else {
      problems.push({
        file: "environment variable SITE_URL",
        field: "",
        found: describeValue(override),
        expected: "an http:// or https:// address such as https://alliances.example.org",
      });
    }
  }
  if (site) site.url = site.url.replace(/\/+$/, "");

  return { data: problems.length ? undefined : (loaded as SiteData), valid: loaded as Partial<SiteData>, problems };
}
