// Real mistakes in alliance files: counties that do not exist, wrong types inside lists, file names the site needs itself.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countyNames } from "../../src/alliances/counties.ts";
import { lookUpCounty } from "../../src/alliances/county-names.ts";
import { allianceSchema } from "../../src/alliances/schema.ts";
import { addressProblems, fileSlug, reservedNames, unreadFiles } from "../../src/check/addresses.ts";
import { parseMarkdownFile } from "../../src/content/front-matter.ts";
import { formatProblem } from "../../src/validation/problem.ts";
import { zodProblems } from "../../src/validation/zod-problems.ts";
import { allianceFile } from "../helpers/fixture-site.ts";

const FILE = "content/alliances/test.md";
const schema = allianceSchema({
  stateCodes: ["IL", "LA", "AK", "VA", "PR", "DC", "CT", "MO"],
  memberKinds: ["faith"],
  counties: Object.fromEntries(
    Object.entries({ IL: "17", LA: "22", AK: "02", VA: "51", PR: "72", DC: "11", CT: "09", MO: "29" }).map(([code, fips]) => [code, countyNames(fips)!]),
  ),
});

function messages(fields: Record<string, string>): string[] {
  const source = parseMarkdownFile(allianceFile(fields), FILE);
  const result = schema.safeParse(source.data, { reportInput: true });
  return result.success ? [] : zodProblems(result.error.issues, FILE, source, schema).map(formatProblem);
}

describe("county names", () => {
  it("accepts counties, parishes, boroughs, census areas, independent cities and municipios as people write them", () => {
    const valid: [string, string][] = [
      ["IL", "Cook"],
      ["IL", "Cook County"],
      ["LA", "Orleans Parish"],
      ["AK", "Juneau City and Borough"],
      ["AK", "Kusilvak Census Area"],
      ["AK", "Anchorage"],
      ["VA", "Richmond city"],
      ["VA", "City of Alexandria"],
      ["VA", "Charles City County"],
      ["PR", "San Juan Municipio"],
      ["PR", "Catano"],
      ["DC", "District of Columbia"],
      ["MO", "Saint Louis"],
      ["MO", "Ste. Genevieve"],
    ];
    for (const [state, county] of valid) {
      assert.deepEqual(messages({ scope: "county", state, county }), [], `${county}, ${state}`);
    }
  });

  it("refuses a county its state does not have, with the closest real name and why `location` settles it", () => {
    assert.deepEqual(messages({ scope: "county", state: "IL", county: "Cok County" }), [
      `${FILE}:13: county: found "Cok County"; expected a county of IL as named in the Census Bureau's county list of 2017 (us-atlas). Counties are renamed and redrawn: if yours is newer than that list, give the alliance's \`location: { lat: …, lon: … }\` and the county is kept as written (did you mean \`Cook\`?)`,
    ]);
    const [dc] = messages({ scope: "county", state: "DC", county: "Washington" });
    assert.match(dc ?? "", /county: found "Washington"; expected a county of DC as named in .* \(District of Columbia\)\. Counties are renamed/);
  });

  it("points at the one wrong county in a list", () => {
    const problems = messages({ scope: "county", state: "IL", county: "[Cook, DuPagee, Lake]" });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^content\/alliances\/test\.md:13: county\[1\]: found "DuPagee";.*\(did you mean `DuPage`\?\)$/);
  });

  it("takes the county as written when the alliance gives its location", () => {
    assert.deepEqual(messages({ scope: "county", state: "CT", county: "Capitol Planning Region", location: "{ lat: 41.76, lon: -72.68 }" }), []);
    assert.equal(messages({ scope: "county", state: "CT", county: "Capitol Planning Region" }).length, 1);
  });

  it("looks in every state of a region, and lets through states the list does not cover", () => {
    assert.equal(lookUpCounty("Cook", [countyNames("22"), countyNames("17")]).found, true);
    assert.deepEqual(lookUpCounty("Anywhere", [countyNames("99")]), { found: false, known: false });
    assert.equal(countyNames("99"), undefined);
    // Every state, DC and territory in data/states.yaml has a list in the atlas.
    for (const fips of ["02", "11", "22", "51", "60", "66", "69", "72", "78"]) assert.ok(countyNames(fips)?.length, fips);
  });
});

describe("a wrong type inside a list", () => {
  it("is about the item that is wrong, not about the list", () => {
    assert.deepEqual(messages({ scope: "county", state: "IL", county: "[Cook, 42]" }), [
      `${FILE}:13: county[1]: found the number 42; expected a county name`,
    ]);
    assert.deepEqual(messages({ scope: "region", region: "Midwest", state: "[IL, 42]" }), [
      `${FILE}:4: state[1]: found the number 42; expected a USPS code from data/states.yaml, such as IL, DC or PR`,
    ]);
    assert.deepEqual(messages({ scope: "county", state: "IL", county: "[Cook, [DuPage]]" }), [
      `${FILE}:13: county[1]: found a list of 1; expected a county name`,
    ]);
  });

  it("names both shapes when the value is neither", () => {
    assert.deepEqual(messages({ scope: "county", state: "IL", county: "42" }), [
      `${FILE}:13: county: found the number 42; expected a county name, or a list of them`,
    ]);
    assert.deepEqual(messages({ state: "{ code: IL }" }), [
      `${FILE}:4: state: found a group of fields; expected a USPS code from data/states.yaml, such as IL, DC or PR, or a list of them`,
    ]);
    assert.deepEqual(messages({ scope: "county", state: "IL", county: "[]" }), [`${FILE}:13: county: found an empty list; expected at least 1 item`]);
  });
});

describe("addresses from file names", () => {
  it("refuses every name the site uses itself in /alliances/ and /kits/, listing them", () => {
    const reserved = reservedNames("alliance");
    // From src/urls.ts and the kit plan: the kits page, the fill-in page, the print pages, the plan, the manifest, the two other kits.
    for (const name of ["fill-in", "founder-kit", "handbook", "index", "manifest", "plan", "print"]) assert.ok(reserved.includes(name), name);
    for (const name of reserved) {
      const [problem, ...rest] = addressProblems([{ file: `content/alliances/${name}.md`, kind: "alliance" }]);
      assert.equal(rest.length, 0);
      assert.equal(
        formatProblem(problem!),
        `content/alliances/${name}.md: file name: found "${name}", a name the site uses itself (it would make /alliances/${name}/ and /kits/${name}.pdf); expected a name that is none of: ${reserved.join(", ")} (rename the file, for example to ${name}-alliance.md)`,
      );
    }
    assert.deepEqual(addressProblems([{ file: "content/alliances/handbook-alliance.md", kind: "alliance" }]), []);
  });

  it("refuses chapter and news names the handbook and news folders use", () => {
    assert.match(formatProblem(addressProblems([{ file: "content/handbook/all.md", kind: "chapter" }])[0]!), /it would make \/handbook\/all\/\); expected a name that is none of: all, index/);
    assert.match(formatProblem(addressProblems([{ file: "content/news/2026-01-01-feed.md", kind: "news" }])[0]!), /found "feed".*none of: feed, index/);
  });

  it("names both files that would make the same address", () => {
    const problems = addressProblems([
      { file: "content/news/2025-01-01-verdict.md", kind: "news" },
      { file: "content/news/2026-03-01-verdict.md", kind: "news" },
      { file: "content/handbook/Finding-Members.md", kind: "chapter" },
      { file: "content/handbook/finding-members.md", kind: "chapter" },
      { file: "content/handbook/verdict.md", kind: "chapter" },
    ]).map(formatProblem);
    assert.deepEqual(problems, [
      "content/news/2026-03-01-verdict.md: file name: found the same address as content/news/2025-01-01-verdict.md: /news/verdict/; expected a name of its own (a post's address leaves out its date); letter case does not count, since many hosts and computers treat Foo and foo as one name (rename one of content/news/2025-01-01-verdict.md and content/news/2026-03-01-verdict.md)",
      "content/handbook/finding-members.md: file name: found the same address as content/handbook/Finding-Members.md: /handbook/finding-members/; expected a name of its own; letter case does not count, since many hosts and computers treat Foo and foo as one name (rename one of content/handbook/Finding-Members.md and content/handbook/finding-members.md)",
    ]);
  });

  it("derives slugs as Eleventy does, and flags Markdown files that would be skipped", () => {
    assert.equal(fileSlug("content/news/2026-07-17-justice-day.md"), "justice-day");
    assert.equal(fileSlug("content/alliances/cook-county.md"), "cook-county");
    assert.deepEqual(
      unreadFiles("content/alliances", ["cook.md", "evanston.markdown", "peoria.MD", ".gitkeep", "notes.pdf"]).map(formatProblem),
      [
        'content/alliances/evanston.markdown: file name: found a file ending in ".markdown", which the site does not read; expected a Markdown file ending in ".md" (rename it to evanston.md)',
        'content/alliances/peoria.MD: file name: found a file ending in ".MD", which the site does not read; expected a Markdown file ending in ".md" (rename it to peoria.md)',
      ],
    );
  });
});
