// Data files, SITE_URL, and command-line flags.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { parseFlags } from "../../src/cli/run-cli.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { slugify } from "../../src/text/slugify.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const root = mkdtempSync(path.join(tmpdir(), "alliance-data-"));
cpSync(path.join(repoRoot, "data"), path.join(root, "data"), { recursive: true });
after(() => rmSync(root, { recursive: true, force: true }));

describe("data files", () => {
  it("load and cover the 50 states, DC and the five inhabited territories", () => {
    const { data, problems } = loadData(projectPaths(repoRoot), {});
    assert.deepEqual(problems, []);
    const kinds = Object.values(data!.states).map((s) => s.kind);
    assert.equal(kinds.filter((k) => k === "state").length, 50);
    assert.equal(kinds.filter((k) => k === "district").length, 1);
    assert.deepEqual(Object.entries(data!.states).filter(([, s]) => s.kind === "territory").map(([code]) => code).sort(), ["AS", "GU", "MP", "PR", "VI"]);
    for (const kind of ["faith", "civic", "legal", "academic", "student", "veterans", "human-rights", "professional", "labor", "other"]) {
      assert.ok(kind in data!["member-kinds"], kind);
    }
  });

  it("lets SITE_URL override the url, and rejects a bad one", () => {
    assert.equal(loadData(projectPaths(repoRoot), { SITE_URL: "https://icc.example.org/" }).data!.site.url, "https://icc.example.org");
    const { problems } = loadData(projectPaths(repoRoot), { SITE_URL: "icc.example.org" });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, "environment variable SITE_URL");
  });

  it("reports a mistake in a data file with its file, line and field", () => {
    writeFileSync(path.join(root, "data", "site.yaml"), "title: T\ndescription: D\nurl: ftp://example.org\nlanguage: en\ncoalition:\n  name: C\n  emial: x@example.org\n");
    const { problems } = loadData(projectPaths(root), {});
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.field]),
      [["data/site.yaml", 3, "url"], ["data/site.yaml", 7, "coalition.emial"]],
    );
    assert.equal(problems[1]!.suggestion, "did you mean `email`?");
  });
});

describe("command-line flags", () => {
  const spec = {
    name: "kits",
    summary: "test",
    flags: {
      force: { type: "boolean" as const, description: "Reprint." },
      only: { type: "string" as const, description: "One slug.", check: (v: string) => (/^[a-z-]+$/.test(v) ? undefined : "a slug") },
    },
  };

  it("accepts known flags", () => {
    assert.deepEqual(parseFlags(spec, ["--force", "--only", "cook-county"]).problems, []);
  });

  it("reports every wrong flag at once, with suggestions", () => {
    const { problems } = parseFlags(spec, ["--forse", "--only", "Bad Slug", "extra"]);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /unknown option --forse \(did you mean --force\?\)/);
    assert.match(problems[1]!, /--only: found "Bad Slug"; expected a slug/);
    assert.match(problems[2]!, /unexpected argument "extra"/);
  });
});

describe("slugs", () => {
  it("fold accents and punctuation", () => {
    assert.equal(slugify("Alianza de San Juan por la Corte Penal Internacional"), "alianza-de-san-juan-por-la-corte-penal-internacional");
    assert.equal(slugify("Coeur d'Alène — Friends of the ICC!"), "coeur-dalene-friends-of-the-icc");
  });
});
