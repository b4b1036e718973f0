// The Decap CMS configuration is made from the zod schemas: every schema field has a widget and
// every widget names a schema field, with the schema's choices, limits, required fields and hints.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { z } from "zod";
import { allianceSchema } from "../../src/alliances/schema.ts";
import { cmsConfig, cmsConfigYaml, githubRepo, type CmsData } from "../../src/cms/config.ts";
import { decapFields, schemaFieldPaths, widgetFieldPaths, type DecapField } from "../../src/cms/fields.ts";
import { chapterSchema, newsSchema } from "../../src/handbook/schema.ts";
import { siteSchema } from "../../src/site/schema.ts";

const data: CmsData = {
  site: { title: "T", description: "D", url: "https://alliances.example.org", language: "en-US", paper: "letter", coalition: { name: "C", email: "c@example.org" }, repository: { url: "https://github.com/example/alliances", branch: "main" } },
  states: { IL: { name: "Illinois", fips: "17", kind: "state" }, WI: { name: "Wisconsin", fips: "55", kind: "state" } },
  "member-kinds": { faith: "Faith communities", civic: "Civic clubs" },
};
const vocabulary = { stateCodes: ["IL", "WI"], memberKinds: ["faith", "civic"] };

type Collection = { name: string; fields?: DecapField[]; files?: { fields: DecapField[] }[] };
const collections = cmsConfig(data).collections as Collection[];
const fieldsOf = (name: string) => {
  const collection = collections.find((c) => c.name === name)!;
  return (collection.fields ?? collection.files![0]!.fields).filter((f) => f.name !== "body");
};
const find = (fields: readonly DecapField[], path: string): DecapField | undefined => {
  const [head, ...rest] = path.split(".");
  const field = fields.find((f) => f.name === head);
  return rest.length ? find(field?.fields ?? [], rest.join(".")) : field;
};

describe("CMS configuration from the schemas", () => {
  const cases: [string, z.ZodType][] = [
    ["alliances", allianceSchema(vocabulary)],
    ["chapters", chapterSchema],
    ["news", newsSchema],
    ["settings", siteSchema],
  ];
  for (const [name, schema] of cases) {
    it(`${name}: every schema field has a widget and every widget names a field`, () => {
      const schemaPaths = schemaFieldPaths(schema);
      const widgetPaths = widgetFieldPaths(fieldsOf(name));
      assert.deepEqual(schemaPaths.filter((p) => !widgetPaths.includes(p)), [], "schema fields without a widget");
      assert.deepEqual(widgetPaths.filter((p) => !schemaPaths.includes(p)), [], "widgets naming no schema field");
      assert.ok(schemaPaths.length > 2);
    });
    it(`${name}: every field has a hint from the schema's description`, () => {
      const missing = widgetFieldPaths(fieldsOf(name)).filter((p) => !p.endsWith("[]") && !find(fieldsOf(name), p)?.hint);
      assert.deepEqual(missing, []);
    });
  }

  it("fails on a widget for a field the schema does not have", () => {
    assert.throws(() => decapFields(newsSchema, { author: { widget: "string" } }), /fields the schema does not have: author/);
  });

  it("finds a field the schema gains", () => {
    const grown = newsSchema.extend({ author: z.string().describe("Who wrote it.") });
    assert.ok(schemaFieldPaths(grown).includes("author"));
    assert.equal(decapFields(grown).find((f) => f.name === "author")?.hint, "Who wrote it.");
  });

  it("uses selects for scope, status, state codes and member kinds, with the data's choices", () => {
    const fields = fieldsOf("alliances");
    assert.deepEqual(find(fields, "scope")?.options, ["city", "county", "state", "region"]);
    assert.deepEqual(find(fields, "status")?.options, ["forming", "active", "dormant"]);
    const state = find(fields, "state")!;
    assert.equal(state.widget, "select");
    assert.deepEqual(state.options?.map((o) => (typeof o === "string" ? o : o.value)), ["IL", "WI"]);
    const kind = find(fields, "members.kind")!;
    assert.equal(kind.widget, "select");
    assert.deepEqual(kind.options?.map((o) => (typeof o === "string" ? o : o.value)), ["faith", "civic"]);
  });

  it("uses lists for members, events and counties, and date pickers for dates", () => {
    const fields = fieldsOf("alliances");
    assert.equal(find(fields, "members")?.widget, "list");
    assert.deepEqual(find(fields, "events")?.fields?.map((f) => f.name), ["date", "title", "place", "url"]);
    assert.equal(find(fields, "county")?.widget, "list");
    assert.equal(find(fields, "events.date")?.widget, "datetime");
    assert.equal(find(fields, "events.date")?.format, "YYYY-MM-DDTHH:mm");
    assert.equal(find(fields, "verified")?.widget, "datetime");
    assert.equal(find(fields, "verified")?.time_format, false);
    assert.equal(find(fieldsOf("news"), "date")?.widget, "datetime");
  });

  it("requires what the schema requires and keeps its limits", () => {
    const fields = fieldsOf("alliances");
    assert.equal(find(fields, "name")?.required, true);
    assert.equal(find(fields, "city")?.required, false);
    assert.equal(find(fields, "host.name")?.required, true);
    assert.equal(find(fields, "contact.email")?.required, false);
    assert.deepEqual(find(fields, "name")?.pattern, ["^[\\s\\S]{3,160}$", "3–160 characters"]);
    assert.equal(new RegExp(find(fields, "summary")!.pattern![0]).test("x".repeat(301)), false);
    assert.equal(find(fields, "location.lat")?.min, -90);
    assert.equal(find(fields, "location.lat")?.max, 90);
    assert.equal(find(fieldsOf("chapters"), "order")?.value_type, "int");
    assert.equal(find(fieldsOf("chapters"), "order")?.min, 1);
    assert.match("pat@example.org", new RegExp(find(fields, "contact.email")!.pattern![0]));
    assert.doesNotMatch("javascript:alert(1)", new RegExp(find(fields, "website")!.pattern![0]));
  });

  it("is YAML for the GitHub backend with the editorial workflow; the local backend only when asked", () => {
    const production = parse(cmsConfigYaml(data));
    assert.deepEqual(production.backend, { name: "github", repo: "example/alliances", branch: "main" });
    assert.equal(production.publish_mode, "editorial_workflow");
    assert.equal(production.local_backend, undefined);
    const local = parse(cmsConfigYaml(data, { localBackend: "http://127.0.0.1:8081/api/v1" }));
    assert.deepEqual(local.local_backend, { url: "http://127.0.0.1:8081/api/v1" });
    assert.deepEqual(
      production.collections.map((c: { name: string; folder?: string }) => [c.name, c.folder]),
      [["alliances", "content/alliances"], ["chapters", "content/handbook"], ["news", "content/news"], ["settings", undefined]],
    );
    assert.equal(githubRepo("https://github.com/example/alliances/"), "example/alliances");
  });
});
