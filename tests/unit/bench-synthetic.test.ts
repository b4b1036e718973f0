// The benchmark's synthetic alliances (valid against the real schema, realistic, the same on every run)
// and the alliance-file writer they share with the tests' fixture alliances.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allianceSchema, scopes } from "../../src/alliances/schema.ts";
import { allianceDocument, YamlText } from "../../src/bench/alliance-file.ts";
import { generateAlliances, loadPlaces, prng } from "../../src/bench/synthetic.ts";
import { parseMarkdownFile } from "../../src/content/front-matter.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { slugPattern } from "../../src/validation/fields.ts";
import { formatProblem } from "../../src/validation/problem.ts";
import { zodProblems } from "../../src/validation/zod-problems.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const { data } = loadData(projectPaths(repoRoot), {});
const states = data!.states;
const memberKinds = data!["member-kinds"];
const places = loadPlaces(states);
const frontMatter = (file: string) => parseMarkdownFile(file, "x.md").data as Record<string, unknown>;
const generate = (count: number, seed?: number) => generateAlliances({ count, seed, today: "2026-11-26", places, memberKinds });

describe("synthetic alliances", () => {
  const alliances = generate(400);

  it("all pass the alliance schema with the project's real states and member kinds", () => {
    const schema = allianceSchema({ stateCodes: Object.keys(states), memberKinds: Object.keys(memberKinds) });
    for (const alliance of alliances) {
      const file = `content/alliances/${alliance.slug}.md`;
      const source = parseMarkdownFile(alliance.file, file);
      assert.deepEqual(source.problems.map(formatProblem), [], file);
      const result = schema.safeParse(source.data, { reportInput: true });
      assert.deepEqual(result.success ? [] : zodProblems(result.error.issues, file, source, schema).map(formatProblem), [], file);
    }
  });

  it("have unique slugs that are valid file names, none taken by the kits", () => {
    const slugs = alliances.map((alliance) => alliance.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    for (const slug of slugs) assert.match(slug, slugPattern);
    assert.ok(!slugs.includes("handbook") && !slugs.includes("founder-kit"));
  });

  it("cover every scope, with real county and city names, and a story of a few hundred words", () => {
    const scopesSeen = new Set(alliances.map((alliance) => frontMatter(alliance.file).scope));
    assert.deepEqual([...scopesSeen].sort(), [...scopes].sort());
    const counties = new Set(places.counties.map((county) => county.name));
    const county = alliances.map((alliance) => frontMatter(alliance.file).county).find(Boolean);
    assert.ok(typeof county === "string" && counties.has(county), String(county));
    const words = alliances.map((alliance) => parseMarkdownFile(alliance.file, "x.md").body.split(/\s+/).length);
    assert.ok(Math.min(...words) > 100 && Math.max(...words) < 1000, `story words from ${Math.min(...words)} to ${Math.max(...words)}`);
  });

  it("start with Chicago, so the default search query has an answer at every size", () => {
    assert.equal(frontMatter(alliances[0]!.file).city, "Chicago");
    assert.equal(frontMatter(alliances[0]!.file).state, "IL");
  });

  it("carry the same words into the baseline's plain Markdown", () => {
    const [first] = alliances;
    const story = parseMarkdownFile(first!.file, "x.md").body.trim();
    assert.ok(first!.plain.includes(story));
    assert.ok(first!.plain.startsWith(`# ${first!.name}`));
    assert.ok(!first!.plain.startsWith("---"), "no front matter");
  });

  it("are the same for the same seed, and a smaller site is the start of a larger one", () => {
    assert.deepEqual(generate(50), generate(50));
    assert.deepEqual(alliances.slice(0, 50), generate(50));
    assert.notDeepEqual(generate(50, 7), generate(50));
  });
});

describe("alliance files", () => {
  it("read back as the data they were written from, with undefined fields left out", () => {
    const data = {
      name: "St. Mary's: Friends of the ICC",
      scope: "region",
      state: ["MN", "WI"],
      founded: "2005",
      summary: `A summary with "quotes", a # and a colon: all kept. ${"long ".repeat(40)}`.trim(),
      contact: { name: "Pat Doe", email: "pat@example.org", phone: "217-555-0101" },
      members: [{ name: "Temple Beth Shalom", kind: "faith", url: undefined }],
      website: undefined,
    };
    const text = allianceDocument(data, "Our story.\n\n## What we do");
    const source = parseMarkdownFile(text, "x.md");
    assert.deepEqual(source.problems, []);
    assert.deepEqual(source.data, JSON.parse(JSON.stringify(data)), "undefined fields are left out");
    assert.equal(source.body.trim(), "Our story.\n\n## What we do");
    assert.equal(text.split("\n").filter((line) => line.startsWith("summary:")).length, 1, "a long summary stays on one line");
  });

  it("write a field given as YAML source as it is, mistakes included", () => {
    const text = allianceDocument({ name: "Springfield", status: new YamlText("activ"), summary: new YamlText("a: b: c") }, "");
    assert.equal(text, "---\nname: Springfield\nstatus: activ\nsummary: a: b: c\n---\n\n");
    const [problem] = parseMarkdownFile(text, "x.md").problems;
    assert.equal(problem?.line, 4);
  });
});

describe("prng", () => {
  it("is deterministic and spreads over [0, 1)", () => {
    const a = prng(42);
    const b = prng(42);
    const values = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(values, Array.from({ length: 1000 }, () => b()));
    assert.ok(values.every((value) => value >= 0 && value < 1));
    const low = values.filter((value) => value < 0.5).length;
    assert.ok(low > 450 && low < 550, `${low} of 1000 below 0.5`);
  });
});
