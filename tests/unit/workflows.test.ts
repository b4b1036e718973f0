// The GitHub Actions workflows: valid against GitHub's workflow schema (with action-validator, the
// validator people run on workflow files), and every `npm run X` they call exists in package.json.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { validateWorkflow } from "@action-validator/core";
import { parse } from "yaml";
import { repoRoot } from "../helpers/fixture-site.ts";

const folder = path.join(repoRoot, ".github", "workflows");
const workflows = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => readFileSync(path.join(folder, file), "utf8");
const scripts = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The only jobs that write, and what: deploying to Pages, and proposing a registered alliance. */
const JOB_WRITES: Record<string, string[]> = {
  "publish.yml:deploy": ["pages", "id-token"],
  "new-alliance.yml:propose": ["contents", "pull-requests", "issues"],
};

describe("GitHub Actions workflows", () => {
  it("there are a pull request workflow, a publish workflow and the new-alliance workflow", () => {
    assert.deepEqual(workflows.sort(), ["new-alliance.yml", "publish.yml", "pull-request.yml"]);
  });

  for (const file of workflows) {
    it(`${file} is valid against GitHub's workflow schema`, () => {
      const result = validateWorkflow(read(file)) as { errors: unknown[] };
      assert.deepEqual(result.errors, []);
    });

    it(`every npm script ${file} runs exists in package.json`, () => {
      const runs = steps(parse(read(file)) as Workflow).flatMap((step) => [...(step.run ?? "").matchAll(/\bnpm run (?:--silent )?([\w:-]+)/g)].map((match) => match[1]!));
      assert.ok(runs.length > 0, `${file} runs npm scripts`);
      for (const name of runs) assert.ok(scripts[name], `package.json has "${name}"`);
      for (const name of ["check", "kits", "kits:merge", "build:site", "test"]) assert.ok(scripts[name]);
    });

    it(`${file} pins every action to a commit and grants least permissions`, () => {
      const workflow = parse(read(file)) as Workflow;
      for (const step of steps(workflow).filter((step) => step.uses)) {
        assert.match(step.uses!, /^[\w-]+\/[\w/-]+@[0-9a-f]{40}$/, `${step.uses} is pinned to a commit`);
      }
      assert.deepEqual(workflow.permissions, { contents: "read" });
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write").map(([scope]) => scope);
        assert.deepEqual(writes, JOB_WRITES[`${file}:${name}`] ?? [], `${file}: ${name} writes only what it needs`);
      }
      assert.ok(workflow.concurrency?.group, "a concurrency group");
    });
  }

  it("the publish workflow runs on pushes to main, by hand and daily, with one shard count", () => {
    const text = read("publish.yml");
    const workflow = parse(text) as Workflow & { env: Record<string, string> };
    assert.deepEqual(Object.keys(workflow.on).sort(), ["push", "schedule", "workflow_dispatch"]);
    assert.match(workflow.env.SHARDS!, /\|\| 4 }}$/);
    assert.equal(text.match(/^\s+SHARDS:/gm)?.length, 1, "SHARDS is set in one place");
    const matrix = (workflow.jobs.kits as unknown as { strategy: { matrix: { shard: unknown } } }).strategy.matrix.shard;
    assert.equal(matrix, "${{ fromJSON(needs.site.outputs.shards) }}", "the matrix is made from SHARDS, not listed by hand");
    const run = steps(workflow).map((step) => step.run ?? "").join("\n");
    assert.match(run, /npm run kits -- --shard \$\{\{ matrix\.shard \}\}\/\$\{\{ env\.SHARDS \}\}/);
    assert.match(run, /npm run kits:merge -- shards\/\*\//);
    const uses = steps(workflow).map((step) => step.uses ?? "");
    for (const action of ["actions/upload-pages-artifact@", "actions/deploy-pages@", "actions/cache/restore@", "actions/cache/save@"]) {
      assert.ok(uses.some((use) => use.startsWith(action)), action);
    }
  });
});
