// Loading many alliances (3,000 synthetic files: a build-sized test, too slow for the unit tests): the
// check on several threads gives exactly what the check on one thread gives.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { generateAlliances, loadPlaces } from "../../src/bench/synthetic.ts";
import { checkSite, checkSiteInParallel } from "../../src/check/check-site.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { allianceFile, repoRoot } from "../helpers/fixture-site.ts";

let root: string;

before(() => {
  root = mkdtempSync(path.join(tmpdir(), "alliance-load-"));
  cpSync(path.join(repoRoot, "data"), path.join(root, "data"), { recursive: true });
  mkdirSync(path.join(root, "content", "alliances"), { recursive: true });
  const { data } = loadData(projectPaths(repoRoot), {});
  const alliances = generateAlliances({ count: 3000, today: "2026-11-26", places: loadPlaces(data!.states), memberKinds: data!["member-kinds"] });
  for (const alliance of alliances) writeFileSync(path.join(root, "content", "alliances", `${alliance.slug}.md`), alliance.file);
  // Mistakes too, so problems travel back from the threads as well.
  writeFileSync(path.join(root, "content", "alliances", "zz-broken.md"), allianceFile({ status: "activ" }));
  writeFileSync(path.join(root, "content", "alliances", "Bad_Name.md"), allianceFile());
});
after(() => rmSync(root, { recursive: true, force: true }));

describe("loading many alliances", () => {
  it("gives the same alliances and problems on several threads as on one", async () => {
    const env = { BUILD_DATE: "2026-11-26" };
    const parallel = await checkSiteInParallel(projectPaths(root), env);
    assert.equal(parallel.counts.alliances, 3001);
    assert.deepEqual(
      parallel.problems.map((problem) => `${problem.file}: ${problem.field}`),
      ["content/alliances/Bad_Name.md: file name", "content/alliances/zz-broken.md: status"],
    );
    // The same files in another folder, all parsed on this thread.
    const fresh = mkdtempSync(path.join(tmpdir(), "alliance-load-copy-"));
    try {
      cpSync(root, fresh, { recursive: true });
      const single = checkSite(projectPaths(fresh), env);
      const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
      assert.deepEqual(plain(single.alliances), plain(parallel.alliances));
      assert.deepEqual(plain(single.problems), plain(parallel.problems));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
