// A new-alliance issue's body → the alliance file: good and bad sample bodies, hostile input in
// every field, and the issue form kept in step with the register fields.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { allianceSchema } from "../../src/alliances/schema.ts";
import { fieldDescriptions, schemaFieldPaths } from "../../src/cms/fields.ts";
import { parseMarkdownFile } from "../../src/content/front-matter.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { registerFields } from "../../src/register/fields.ts";
import { allianceFromIssue, answersFromIssue, plainWords } from "../../src/register/from-issue.ts";
import { issueFormYaml, issueSections, issueUrl } from "../../src/register/issue.ts";

const vocabulary = { stateCodes: ["IL", "WI", "MN"], memberKinds: ["faith", "civic", "veterans"] };

const GOOD: Record<string, string> = {
  name: "Rockford Alliance for the ICC",
  scope: "city",
  state: "IL",
  city: "Rockford",
  status: "forming",
  summary: "Parishes and civic clubs in Rockford who want the United States to cooperate with the Court.",
  "host-name": "Rockford Civic League",
  "contact-name": "Lee Park",
  "contact-email": "lee@example.org",
  meetings: "Second Monday, 7 pm",
  members: "St. Mark's Parish | faith | https://example.org/st-marks\nRockford Rotary | civic",
  events: "2027-03-04T18:30 | Founding meeting | Rockford Public Library",
  story: "We started in a church basement.\n\nNow we meet at the library.",
};

/** An issue body as GitHub writes one from the form. */
function issueBody(values: Record<string, string>): string {
  return issueSections()
    .map(({ id, label }) => `### ${label}\n\n${values[id]?.length ? values[id] : "_No response_"}`)
    .join("\n\n");
}

const frontMatter = (text: string) => parseMarkdownFile(text, "x.md").data as Record<string, unknown>;

describe("issue body → alliance file", () => {
  it("turns a good issue into a file the schema accepts", () => {
    const result = allianceFromIssue(issueBody(GOOD), vocabulary);
    assert.deepEqual(result.problems, []);
    assert.equal(result.slug, "rockford-alliance-for-the-icc");
    const data = frontMatter(result.text);
    assert.equal(data.city, "Rockford");
    assert.deepEqual(data.members, [
      { name: "St. Mark's Parish", kind: "faith", url: "https://example.org/st-marks" },
      { name: "Rockford Rotary", kind: "civic" },
    ]);
    assert.deepEqual(data.events, [{ date: "2027-03-04T18:30", title: "Founding meeting", place: "Rockford Public Library" }]);
    assert.match(result.text, /\n---\n\nWe started in a church basement\.\n\nNow we meet at the library\.\n$/);
    assert.ok(allianceSchema(vocabulary).safeParse(data).success);
  });

  it("reports every bad answer with check's messages, and in plain words for the comment", () => {
    const result = allianceFromIssue(issueBody({ ...GOOD, scope: "town", city: "", "contact-email": "lee@", members: "Rotary | club" }), vocabulary);
    const lines = result.problems.map((p) => `${p.field}: found ${p.found}; expected ${p.expected}`);
    assert.ok(lines.includes('scope: found "town"; expected one of "city", "county", "state", "region"'), lines.join("\n"));
    assert.ok(lines.includes("contact.email: found \"lee@\"; expected an email address such as name@example.org"), lines.join("\n"));
    assert.ok(lines.some((l) => l.startsWith('members[0].kind: found "club"; expected a member kind')), lines.join("\n"));
    const comment = plainWords(result.problems);
    assert.match(comment, /- \*\*Scope\*\*: found "town"; expected one of/);
    assert.match(comment, /- \*\*Contact email\*\*: found "lee@"/);
    assert.match(comment, /- \*\*Members, line 1, kind\*\*: found "club"/);
  });

  it("asks for the city of a city alliance", () => {
    const result = allianceFromIssue(issueBody({ ...GOOD, city: "" }), vocabulary);
    assert.deepEqual(result.problems.map((p) => [p.field, p.expected]), [["city", "a city when scope is city (e.g. `city: Chicago`)"]]);
  });

  it("refuses a body that is not from the form, or answers a question twice", () => {
    assert.match(allianceFromIssue("Please add us! We are in Rockford.", vocabulary).problems[0]!.found, /no answers from the new-alliance form/);
    const twice = allianceFromIssue(issueBody({ ...GOOD, summary: `${GOOD.summary}\n\n### Scope\n\nregion` }), vocabulary);
    assert.equal(twice.text, "");
    assert.match(twice.problems[0]!.found, /a second "### Scope" section/);
    assert.match(allianceFromIssue("x".repeat(100_001), vocabulary).problems[0]!.expected, /at most 100000 characters/);
  });

  const HOSTILE = [
    `x\nsample: true\nscope: region`,
    `"quoted": value # comment`,
    `---\nsample: true\n---`,
    `<script>alert(1)</script><img src=x onerror=alert(2)>`,
    "$(touch /tmp/pwned) `id` ${{ secrets.GITHUB_TOKEN }}",
    `../../../../etc/passwd`,
    `{{ site.title }} {% include "x" %}`,
    `javascript:alert(1)`,
    `&anchor *alias !!js/function "f()"`,
    `| a | b |`,
    `\u202Egnp.exe \u0000 \uFEFF`,
  ];
  // Fields where any text is allowed: hostile text must be kept as text, not only rejected.
  const freeText = ["name", "summary", "host-name", "contact-name", "meetings", "story", "city"];
  for (const { id } of issueSections()) {
    it(`keeps hostile input in "${id}" as inert text or rejects it`, () => {
      let kept = 0;
      for (const hostile of HOSTILE) {
        const result = allianceFromIssue(issueBody({ ...GOOD, [id]: hostile }), vocabulary);
        if (result.problems.length) {
          // Rejected: said where, and nothing to write.
          assert.ok(result.problems.every((p) => p.found && p.expected));
          continue;
        }
        kept++;
        assert.match(result.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, "the file name is a plain slug");
        const data = frontMatter(result.text);
        assert.equal(data.sample, undefined, "no field can be added through another");
        assert.ok(Object.keys(data).every((key) => schemaFieldPaths(allianceSchema(vocabulary)).includes(key)));
        assert.equal((result.text.match(/^---$/gm) ?? []).length >= 2, true);
        const parsed = allianceSchema(vocabulary).safeParse(data);
        assert.ok(parsed.success, `${id}: ${hostile}`);
        const field = registerFields.find((f) => f.id === id);
        if (field && field.id !== "story" && typeof data[field.path] === "string") assert.equal(data[field.path], hostile.trim());
        if (id === "story") assert.ok(result.text.endsWith(`${hostile.trim()}\n`));
      }
      if (freeText.includes(id)) assert.ok(kept >= HOSTILE.length - 3, `${id}: only ${kept} of ${HOSTILE.length} kept as text`);
    });
  }

  it("reads members and events one per line, with list markers and extra cells dropped", () => {
    const { answers } = answersFromIssue(issueBody({ ...GOOD, members: "- A Church | faith\n* B Club | civic | https://example.org | extra" }));
    assert.deepEqual(answers.members, [
      { name: "A Church", kind: "faith", url: "" },
      { name: "B Club", kind: "civic", url: "https://example.org" },
    ]);
  });
});

describe("the issue form", () => {
  it("is the one generated from the register fields (npm run issue-to-alliance -- --write-template)", () => {
    const paths = projectPaths(path.join(import.meta.dirname, "..", ".."));
    const { valid } = loadData(paths);
    const schema = allianceSchema({ stateCodes: Object.keys(valid.states!), memberKinds: Object.keys(valid["member-kinds"]!) });
    const committed = readFileSync(path.join(paths.root, ".github", "ISSUE_TEMPLATE", "new-alliance.yml"), "utf8");
    assert.equal(committed, issueFormYaml(fieldDescriptions(schema)));
    const form = parse(committed);
    assert.deepEqual(form.labels, ["new-alliance"]);
    assert.deepEqual(form.body.filter((b: { id?: string }) => b.id).map((b: { id: string }) => b.id), issueSections().map((s) => s.id));
  });

  it("has a field for every register field, each naming a schema field with rules", () => {
    const schema = allianceSchema(vocabulary);
    const paths = schemaFieldPaths(schema);
    const described = fieldDescriptions(schema);
    for (const field of registerFields.filter((f) => f.path !== "body")) {
      assert.ok(paths.includes(field.path), field.path);
      assert.ok(described.get(field.path), `${field.path} has a description`);
    }
  });

  it("is pre-filled from a founder's answers, and reads back to the same file", () => {
    const { answers } = answersFromIssue(issueBody(GOOD));
    const url = new URL(issueUrl("https://github.com/example/alliances", answers));
    assert.equal(url.origin + url.pathname, "https://github.com/example/alliances/issues/new");
    assert.equal(url.searchParams.get("members"), "St. Mark's Parish | faith | https://example.org/st-marks\nRockford Rotary | civic");
    const values = Object.fromEntries(issueSections().map(({ id }) => [id, url.searchParams.get(id) ?? ""]));
    assert.equal(allianceFromIssue(issueBody(values), vocabulary).text, allianceFromIssue(issueBody(GOOD), vocabulary).text);
  });
});
