// Two builds of the same content with the same BUILD_DATE, in two different folders, write the
// same bytes: pages, exports, calendars, feeds, the search index, the kits page and the PDFs.
// The same builds show that the names check.ts reserves are exactly what the site writes itself.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileSlug, siteEntries } from "../../src/check/addresses.ts";
import { cookAndDupageFields } from "../helpers/fixture-alliances.ts";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { differingFiles, filesUnder, fixFileTimes } from "../helpers/site-files.ts";

const alliances = {
  springfield: allianceFile({
    events: "\n  - date: 2027-01-20T19:00\n    title: Talk on the Rome Statute\n  - date: 2026-12-05\n    title: Film night",
    members: "\n  - name: First Church of Springfield\n    kind: faith",
  }),
  "cook-and-dupage": allianceFile({ ...cookAndDupageFields, events: "\n  - date: 2027-02-10\n    title: Annual meeting" }),
};

const build = (site: string, script: string, args: string[]) => {
  const result = runScript(site, script, args, { BUILD_DATE: "2026-11-26" });
  assert.equal(result.status, 0, result.stderr + result.stdout);
};

describe("two builds of the same content", () => {
  let first: string;
  let second: string;
  before(() => {
    first = makeFixtureSite({ alliances });
    second = makeFixtureSite({ alliances });
    for (const site of [first, second]) {
      fixFileTimes(path.join(site, "content"));
      build(site, "build.ts", ["--no-kits"]);
    }
  });
  after(() => {
    removeFixture(first);
    removeFixture(second);
  });

  it("write identical files with build:site, search index included", () => {
    const files = filesUnder(path.join(first, "_site"));
    assert.ok(files.includes("pagefind/pagefind-entry.json") && files.includes("alliances/springfield/events.ics") && files.includes("news/feed.xml"));
    assert.deepEqual(differingFiles(path.join(first, "_site"), path.join(second, "_site")), []);
  });

  it("write identical PDFs, kits page and manifest when printing kits", { timeout: 300_000 }, () => {
    for (const site of [first, second]) build(site, "kits.ts", ["--only", "springfield"]);
    assert.ok(filesUnder(path.join(first, "_site")).includes("kits/springfield.pdf"));
    assert.deepEqual(differingFiles(path.join(first, "_site"), path.join(second, "_site")), []);
  });

  it("reserve for file names every name the site writes itself into /alliances/, /kits/, /handbook/ and /news/", () => {
    const output = path.join(first, "_site");
    const slugsIn = (folder: string) => readdirSync(path.join(first, "content", folder)).filter((name) => name.endsWith(".md")).map(fileSlug);
    const stem = (name: string) => name.replace(/\.[^.]+$/, "");
    const ownEntries = (folder: string, madeByContent: string[]) =>
      readdirSync(path.join(output, folder)).map(stem).filter((name) => !madeByContent.includes(name));
    // The kits that are not packets are printed by a full run; the plan names their PDFs.
    const plan = JSON.parse(readFileSync(path.join(output, "kits", "plan.json"), "utf8")) as { kits: { kind: string; file: string }[] };
    const otherKits = plan.kits.filter((kit) => kit.kind !== "alliance").map((kit) => stem(path.basename(kit.file)));
    const unreserved = (names: string[], reserved: readonly string[]) => [...new Set(names)].filter((name) => !reserved.includes(name)).sort();
    assert.deepEqual(unreserved(ownEntries("alliances", Object.keys(alliances)), siteEntries.alliances), []);
    assert.deepEqual(unreserved([...ownEntries("kits", Object.keys(alliances)), ...otherKits], siteEntries.kits), []);
    assert.deepEqual(unreserved(ownEntries("handbook", slugsIn("handbook")), siteEntries.handbook), []);
    assert.deepEqual(unreserved(ownEntries("news", slugsIn("news")), siteEntries.news), []);
    // Each folder's own entries were found, so the lists above were not vacuously empty.
    assert.ok(ownEntries("kits", Object.keys(alliances)).includes("print") && ownEntries("handbook", slugsIn("handbook")).includes("all"));
  });
});
