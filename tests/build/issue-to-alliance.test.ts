// The script the new-alliance workflow runs, in a fixture site: a good issue body becomes a file
// that passes `npm run check`; a bad one writes the problems in plain words and nothing else.
// The workflow hands the untrusted body to it as a file, never inside a shell command.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { issueSections } from "../../src/register/issue.ts";
import { makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";

let site: string;
let scratch: string;
before(() => {
  site = makeFixtureSite();
  scratch = mkdtempSync(path.join(tmpdir(), "issue-"));
});
after(() => {
  removeFixture(site);
  removeFixture(scratch);
});

const body = (values: Record<string, string>) =>
  issueSections().map(({ id, label }) => `### ${label}\n\n${values[id] || "_No response_"}`).join("\n\n");

const GOOD = {
  name: "Kenosha Alliance for the ICC",
  scope: "county",
  state: "WI",
  county: "Kenosha",
  status: "active",
  summary: "Veterans' posts and congregations in Kenosha County working for cooperation with the Court.",
  "host-name": "Kenosha Civic Forum",
  "contact-name": "Jo Lind",
  "contact-url": "https://example.org/contact",
  members: "Kenosha VFW Post | veterans",
};

describe("issue-to-alliance", () => {
  it("writes the file from a good issue, and the site passes check", () => {
    writeFileSync(path.join(scratch, "good.md"), body(GOOD));
    const result = runScript(site, "issue-to-alliance.ts", ["--body-file", path.join(scratch, "good.md"), "--comment-file", path.join(scratch, "good-comment.md")]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /wrote content\/alliances\/kenosha-alliance-for-the-icc\.md/);
    assert.ok(!existsSync(path.join(scratch, "good-comment.md")));
    const check = runScript(site, "check.ts");
    assert.equal(check.status, 0, check.stderr);
    const again = runScript(site, "issue-to-alliance.ts", ["--body-file", path.join(scratch, "good.md")]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /name: found an alliance with the same file name/);
  });

  it("writes the problems in plain words from a bad issue, and no file", () => {
    const before = readdirSync(path.join(site, "content", "alliances")).sort();
    writeFileSync(path.join(scratch, "bad.md"), body({ ...GOOD, name: "Racine Alliance", scope: "town", "contact-url": "ftp://example.org" }));
    const comment = path.join(scratch, "bad-comment.md");
    const result = runScript(site, "issue-to-alliance.ts", ["--body-file", path.join(scratch, "bad.md"), "--comment-file", comment]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /content\/alliances\/racine-alliance\.md:\d+: scope: found "town"/);
    const text = readFileSync(comment, "utf8");
    assert.match(text, /- \*\*Scope\*\*: found "town"; expected one of "city", "county", "state", "region"\./);
    assert.match(text, /- \*\*Contact page\*\*: found "ftp:\/\/example\.org"; expected an http:\/\/ or https:\/\/ address/);
    assert.deepEqual(readdirSync(path.join(site, "content", "alliances")).sort(), before);
  });
});

describe("the new-alliance workflow", () => {
  const workflow = parse(readFileSync(path.join(repoRoot, ".github", "workflows", "new-alliance.yml"), "utf8"));
  const steps: { run?: string; name?: string; if?: string }[] = workflow.jobs.propose.steps;

  it("runs on new-alliance issues, converts, checks, then proposes or comments", () => {
    assert.deepEqual(workflow.on.issues.types, ["opened", "edited"]);
    assert.match(workflow.jobs.propose.if, /'new-alliance'/);
    const runs = steps.map((s) => s.run ?? "").join("\n");
    assert.match(runs, /npm run --silent issue-to-alliance -- --body-file/);
    assert.match(runs, /npm run --silent check/);
    assert.match(runs, /gh pr create/);
    assert.match(runs, /gh issue comment "\$ISSUE" --body-file/);
    assert.ok(steps.findIndex((s) => /check/.test(s.run ?? "")) < steps.findIndex((s) => /gh pr create/.test(s.run ?? "")));
  });

  it("never puts the issue's text into a shell command", () => {
    for (const step of steps) {
      assert.doesNotMatch(step.run ?? "", /github\.event\.issue\.(body|title)|github\.event\.comment/, step.name);
    }
  });
});
