// The alliance schema and its messages: each kind of mistake a founder can make, and what they are told.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allianceSchema } from "../../src/alliances/schema.ts";
import { parseMarkdownFile } from "../../src/content/front-matter.ts";
import { formatProblem, type Problem } from "../../src/validation/problem.ts";
import { zodProblems } from "../../src/validation/zod-problems.ts";
import { allianceFile } from "../helpers/fixture-site.ts";

const schema = allianceSchema({ stateCodes: ["IL", "MN", "WI", "DC", "PR", "TX", "GA"], memberKinds: ["faith", "civic", "legal"] });
const FILE = "content/alliances/test.md";

function problemsOf(text: string): Problem[] {
  const source = parseMarkdownFile(text, FILE);
  if (source.problems.length) return source.problems;
  const result = schema.safeParse(source.data, { reportInput: true });
  return result.success ? [] : zodProblems(result.error.issues, FILE, source, schema);
}

function only(problems: Problem[]): Problem {
  assert.equal(problems.length, 1, problems.map(formatProblem).join("\n"));
  return problems[0]!;
}

describe("alliance schema", () => {
  it("accepts a complete, valid alliance", () => {
    const text = allianceFile({
      founded: "2005",
      verified: "2026-11-01",
      website: "https://example.org",
      meetings: "Third Wednesday, 7 pm",
      location: "{ lat: 39.8, lon: -89.65 }",
      members: "\n  - name: First Church\n    kind: faith\n    url: https://example.org/church",
      events: "\n  - date: 2027-01-20T19:00\n    title: Talk on the Rome Statute\n  - date: 2027-02-01\n    title: Film night",
      concerns: "[genocide prevention, victims' reparations]",
      contact: '\n  name: Pat Doe\n  email: pat@example.org\n  phone: "217-555-0101"',
    });
    assert.deepEqual(problemsOf(text), []);
  });

  it("accepts a region across time zones whose events are all-day, or whose `timezone` settles them", () => {
    const region = { scope: "region", region: "Across", city: "", state: "[TX, GA]" };
    assert.deepEqual(problemsOf(allianceFile({ ...region, events: "\n  - date: 2027-01-20\n    title: A day of action" })), []);
    assert.deepEqual(problemsOf(allianceFile({ ...region, timezone: "America/New_York", events: "\n  - date: 2027-01-20T18:00\n    title: An evening" })), []);
    assert.deepEqual(problemsOf(allianceFile({ timezone: "America/Kentucky/Louisville" })), [], "an IANA name Intl spells differently");
  });

  const cases: { name: string; fields: Record<string, string>; field: string; line?: number; expected: RegExp; found?: RegExp }[] = [
    { name: "an unknown field, with a suggestion", fields: { summery: "text" }, field: "summery", expected: /only these fields/, found: /unknown field/ },
    { name: "a month that does not exist", fields: { verified: "2026-13-45" }, field: "verified", expected: /real calendar date/, found: /2026-13-45/ },
    { name: "February 30", fields: { founded: "2026-02-30" }, field: "founded", expected: /year \(YYYY\) or a real calendar date/ },
    { name: "an event at 25:00", fields: { events: "\n  - date: 2027-01-20T25:00\n    title: Late talk" }, field: "events[0].date", expected: /local time/ },
    { name: "a bad email", fields: { contact: "\n  name: Pat Doe\n  email: pat(at)example.org" }, field: "contact.email", expected: /email address/ },
    { name: "a javascript: link", fields: { website: "javascript:alert(1)" }, field: "website", expected: /http:\/\/ or https:\/\// },
    { name: "an unknown state code", fields: { state: "ZZ" }, field: "state", expected: /USPS code from data\/states.yaml/ },
    { name: "an unknown member kind", fields: { members: "\n  - name: Bar Association\n    kind: lawyers" }, field: "members[0].kind", expected: /member kind from data\/member-kinds.yaml: faith, civic, legal/ },
    { name: "a city alliance without a city", fields: { city: "" }, field: "city", expected: /a city when scope is city/ },
    { name: "a county alliance without a county", fields: { scope: "county", city: "" }, field: "county", expected: /a county when scope is county/ },
    { name: "several states outside a region", fields: { state: "[IL, WI]" }, field: "state", expected: /only for scope: region/ },
    { name: "a contact with no way to reach them", fields: { contact: "\n  name: Pat Doe\n  phone: \"217-555-0101\"" }, field: "contact", expected: /email. or a .url/ },
    { name: "an unknown status", fields: { status: "sleeping" }, field: "status", expected: /"forming", "active", "dormant"/, found: /sleeping/ },
    { name: "a summary that is too long", fields: { summary: "x".repeat(301) }, field: "summary", expected: /at most 300 characters/, found: /301 characters/ },
    { name: "a missing summary", fields: { summary: "" }, field: "summary", expected: /required/, found: /nothing/ },
    { name: "a time zone that is not an IANA name", fields: { timezone: "Central" }, field: "timezone", expected: /an IANA time zone such as America\/Chicago/, found: /"Central"/ },
    {
      name: "timed events in a region across time zones without a timezone",
      fields: { scope: "region", region: "Across", city: "", state: "[TX, GA]", events: "\n  - date: 2027-01-20T18:00\n    title: Which evening?" },
      field: "timezone",
      expected: /a `timezone` .* TX, GA .* America\/Chicago, America\/New_York \(e\.g\. `timezone: America\/Chicago`\)/,
      found: /nothing/,
    },
    { name: "a location off the globe", fields: { location: "{ lat: 95, lon: 10 }" }, field: "location.lat", expected: /≤ 90/ },
  ];
  for (const { name, fields, field, expected, found } of cases) {
    it(`reports ${name}`, () => {
      const problem = only(problemsOf(allianceFile(fields)));
      assert.equal(problem.field, field);
      assert.equal(problem.file, FILE);
      assert.match(problem.expected, expected);
      if (found) assert.match(problem.found, found);
    });
  }

  it("suggests the field that was meant", () => {
    const problem = only(problemsOf(allianceFile({ summery: "text" })));
    assert.equal(problem.suggestion, "did you mean `summary`?");
  });

  it("names the line of the problem in the file", () => {
    const text = "---\nname: Springfield Alliance\nscope: city\nstate: IL\ncity: Springfield\nstatus: actve\n---\n";
    const problem = problemsOf(text).find((p) => p.field === "status");
    assert.equal(problem?.line, 6);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf(allianceFile({ status: "sleeping", website: "ftp://example.org", verified: "2026-02-31", colour: "blue" }));
    assert.deepEqual(problems.map((p) => p.field).sort(), ["colour", "status", "verified", "website"]);
  });

  it("reports broken YAML with its line", () => {
    const problem = only(problemsOf("---\nname: Springfield\nsummary: a: b: c\n---\n"));
    assert.equal(problem.line, 3);
    assert.match(problem.found, /invalid YAML/);
  });

  it("reports a file without front matter", () => {
    assert.match(only(problemsOf("Just a story.\n")).found, /no front matter/);
  });

  it("keeps region alliances' lists of states and normalises case", () => {
    const source = parseMarkdownFile(allianceFile({ scope: "region", region: "Twin Cities", city: "", state: "[mn, WI]" }), FILE);
    const result = schema.safeParse(source.data);
    assert.ok(result.success);
    assert.deepEqual(result.data.state, ["MN", "WI"]);
  });

  it("formats a problem with file, line, field, found and expected", () => {
    const line = formatProblem({ file: FILE, line: 4, field: "status", found: '"actve"', expected: "one of forming, active, dormant" });
    assert.equal(line, `${FILE}:4: status: found "actve"; expected one of forming, active, dormant`);
  });
});
