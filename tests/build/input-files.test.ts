// Files as real editors save them and mistakes real people make, through the real build: a
// Windows-saved copy builds the same site; every broken file is one problem, all listed at once,
// and the previous _site/ stays as it was.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { reservedNames } from "../../src/check/addresses.ts";
import { MAX_FILE_BYTES } from "../../src/content/read-text.ts";
import { cookAndDupageFields, DIRECTORY_FILES } from "../helpers/fixture-alliances.ts";
import { allianceFile, makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";
import { differingFiles, filesUnder, fixFileTimes, saveAsWindows } from "../helpers/site-files.ts";

const alliances = {
  springfield: allianceFile(
    {
      events: "\n  - date: 2027-01-20T19:00\n    title: Talk on the Rome Statute\n    place: Lincoln Library",
      members: "\n  - name: First Church of Springfield\n    kind: faith\n  - name: Springfield Bar Association\n    kind: legal",
      concerns: "[genocide prevention, victims' reparations]",
      meetings: "First Monday, 7 pm",
    },
    "We started in 2024.\n\nOur work:\n\n- talks in libraries\n- a film night\n\n> Justice is the first condition of humanity.\n",
  ),
  "cook-and-dupage": allianceFile(cookAndDupageFields),
  "twin-ports": allianceFile({
    name: "Twin Ports Alliance for the ICC",
    scope: "region",
    city: "",
    state: "[MN, WI]",
    region: "Twin Ports",
    status: "forming",
    summary: "Duluth and Superior, on both sides of the bridge, working for cooperation with the Court.",
  }),
};

/** The alliance files the project ships (the samples), by slug; none once a coalition deletes them. */
function shippedAlliances(): Record<string, string> {
  const folder = path.join(repoRoot, "content", "alliances");
  if (!existsSync(folder)) return {};
  const files = readdirSync(folder).filter((name) => name.endsWith(".md"));
  return Object.fromEntries(files.map((name) => [name.slice(0, -3), readFileSync(path.join(folder, name), "utf8")]));
}

describe("files saved by Windows editors", () => {
  let tidy: string;
  let windows: string;

  before(() => {
    // The samples too, while there are any: every alliance the project ships must survive a Windows editor.
    const withSamples = { ...alliances, ...DIRECTORY_FILES, ...shippedAlliances() };
    tidy = makeFixtureSite({ alliances: withSamples });
    windows = makeFixtureSite({ alliances: withSamples });
    const resaved = ["content/alliances", "content/handbook", "content/news", "data"].flatMap((folder) =>
      readdirSync(path.join(windows, folder))
        .filter((name) => /\.(md|ya?ml)$/.test(name))
        .map((name) => path.join(windows, folder, name)),
    );
    for (const file of resaved) saveAsWindows(file);
    for (const site of [tidy, windows]) {
      fixFileTimes(path.join(site, "content"));
      const result = runScript(site, "build.ts", ["--no-kits"]);
      assert.equal(result.status, 0, result.stderr + result.stdout);
    }
  });
  after(() => {
    removeFixture(tidy);
    removeFixture(windows);
  });

  it("builds every alliance, chapter, news post and data file with a byte-order mark and CRLF exactly like its tidy twin", () => {
    const saved = readdirSync(path.join(windows, "content", "alliances"));
    assert.ok(saved.length >= Object.keys(alliances).length);
    const differing = differingFiles(path.join(tidy, "_site"), path.join(windows, "_site"));
    assert.deepEqual(differing, []);
    assert.ok(filesUnder(path.join(windows, "_site")).includes("alliances/twin-ports/index.html"));
  });

  it("reads the Windows-saved front matter and story, not a stray mark or carriage return", () => {
    const $ = readPage(windows, "/alliances/springfield/");
    assert.equal($("h1").first().text().trim(), "Springfield Alliance for the ICC");
    assert.ok($("li").filter((_, li) => $(li).text() === "a film night").length);
    assert.doesNotMatch($.html(), /\uFEFF|\r/);
    const chapter = readPage(windows, "/handbook/icc-in-brief/");
    assert.doesNotMatch(chapter.html(), /\uFEFF|&#xfeff;|\r/i);
  });
});

describe("broken and hostile files", () => {
  let site: string;
  let before1: string[];

  // "Café" saved as Windows-1252 or Latin-1: é is the one byte 0xE9, on line 5.
  const latin1 = Buffer.from(allianceFile({ city: "Café" }), "latin1");
  let bomb = "---\nname: Bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    bomb += `${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]\n`;
  }
  bomb += "---\n";

  before(() => {
    site = makeFixtureSite({ alliances });
    const first = runScript(site, "build.ts", ["--no-kits"]);
    assert.equal(first.status, 0, first.stderr + first.stdout);
    before1 = filesUnder(path.join(site, "_site"));
    const folder = path.join(site, "content", "alliances");
    writeFileSync(path.join(folder, "latin.md"), latin1);
    writeFileSync(path.join(folder, "notepad.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(allianceFile(), "utf16le")]));
    writeFileSync(path.join(folder, "bomb.md"), bomb);
    writeFileSync(path.join(folder, "deep.md"), `---\nname: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n---\n`);
    writeFileSync(path.join(folder, "handbook.md"), allianceFile());
    writeFileSync(path.join(folder, "Springfield.md"), allianceFile());
    writeFileSync(path.join(folder, "peoria.markdown"), allianceFile());
    writeFileSync(path.join(folder, "cook.md"), allianceFile({ scope: "county", city: "", county: "Cok County" }));
    writeFileSync(path.join(folder, "mixed.md"), allianceFile({ scope: "county", city: "", county: "[Cook, 42]" }));
    writeFileSync(path.join(site, "data", "dump.yaml"), `rows:\n${"  - a row of data pasted from somewhere\n".repeat(Math.ceil(MAX_FILE_BYTES / 38) + 10)}`);
    writeFileSync(
      path.join(site, "content", "news", "2026-08-01-international-criminal-justice-day.md"),
      "---\ntitle: Justice day again\nsummary: The same address as the July post, by another date.\ndate: 2026-08-01\n---\nText.\n",
    );
  });
  after(() => removeFixture(site));

  it("lists every problem at once, each naming its file, without a stack trace", { timeout: 120_000 }, () => {
    const result = runScript(site, "check.ts");
    assert.equal(result.status, 1, result.stdout);
    const lines = result.stderr.trim().split("\n").map((line) => line.trim());
    const expected = [
      /^content\/alliances\/latin\.md:5: found the byte 0xE9, which is not UTF-8 \(the file looks saved as Windows-1252 or Latin-1, where it is “é”\); expected UTF-8 text: save the file as UTF-8/,
      /^content\/alliances\/notepad\.md: found UTF-16 text \(it starts with the byte-order mark FF FE\); expected UTF-8 text/,
      /^content\/alliances\/bomb\.md: found aliases expanding to too much data .*"alias bomb"/,
      /^content\/alliances\/deep\.md: found YAML nested more than 64 levels deep;/,
      new RegExp(`^content/alliances/handbook\\.md: file name: found "handbook", a name the site uses itself \\(it would make /alliances/handbook/ and /kits/handbook\\.pdf\\); expected a name that is none of: ${reservedNames("alliance").join(", ")} `),
      /^content\/alliances\/springfield\.md: file name: found the same address as content\/alliances\/Springfield\.md: \/alliances\/springfield\/ and \/kits\/springfield\.pdf;/,
      /^content\/alliances\/Springfield\.md: file name: found "Springfield\.md"; expected a slug of lowercase letters/,
      /^content\/alliances\/peoria\.markdown: file name: found a file ending in "\.markdown", which the site does not read; expected a Markdown file ending in "\.md" \(rename it to peoria\.md\)/,
      /^content\/alliances\/cook\.md:12: county: found "Cok County"; expected a county of IL as named in the Census Bureau's county list of 2017 \(us-atlas\)\. Counties are renamed and redrawn: .*`location: \{ lat: …, lon: … \}`.*\(did you mean `Cook`\?\)$/,
      /^content\/alliances\/mixed\.md:12: county\[1\]: found the number 42; expected a county name$/,
      /^data\/dump\.yaml: found a file of 1\.\d MB; expected at most 1 MB/,
      /^content\/news\/2026-08-01-international-criminal-justice-day\.md: file name: found the same address as content\/news\/2026-07-17-international-criminal-justice-day\.md: \/news\/international-criminal-justice-day\/;/,
    ];
    for (const pattern of expected) assert.ok(lines.some((line) => pattern.test(line)), `${pattern}\n${result.stderr}`);
    assert.match(lines[0]!, /^\d+ problems in \d+ files:$/);
    assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+\)?$/m, "no stack trace");
  });

  it("stops the build and leaves the previous _site/ as it was", { timeout: 120_000 }, () => {
    const result = runScript(site, "build.ts", ["--no-kits"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /build: stopped at validation; .*_site was left as it was\./);
    assert.deepEqual(filesUnder(path.join(site, "_site")), before1);
  });
});
