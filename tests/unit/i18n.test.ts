// Languages: the interface strings of every language hold the same keys, a translation that loses
// or invents a key or a placeholder is named, translated data keeps its facts, and words, numbers,
// dates and lists come out in the page's language.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { compareStrings, loadStrings } from "../../src/i18n/load-strings.ts";
import { differentEntries } from "../../src/i18n/load-translations.ts";
import { untranslatedOf, withFallbacks } from "../../src/i18n/fallback-collection.ts";
import { makeI18n } from "../../src/i18n/i18n.ts";
import { localizeLinks } from "../../src/i18n/localize-links.ts";
import { flattenStrings, formatDayIn, formatList, formatWrittenDate, translate, type Catalog } from "../../src/i18n/translate.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { inLanguage, languageOf } from "../../src/urls.ts";
import { makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";
import { allianceSchema, scopes, statuses } from "../../src/alliances/schema.ts";
import { allianceVocabulary } from "../../src/check/check-site.ts";
import { fieldDescriptions } from "../../src/cms/fields.ts";
import { eventFields, memberFields, registerFields } from "../../src/register/fields.ts";

const catalog: Catalog = {
  defaultLanguage: "en",
  languages: ["en", "es"],
  strings: {
    en: { "meta.tag": "en-US", "count.alliances.one": "{count} alliance", "count.alliances.other": "{count} alliances", "state.title": "Alliances in {state}" },
    es: { "meta.tag": "es", "count.alliances.one": "{count} alianza", "count.alliances.other": "{count} alianzas", "state.title": "Alianzas en {state}" },
  },
};

describe("the project's own language files", () => {
  it("every language of data/site.yaml has every key of the default language, and its data translated", () => {
    const { data, problems } = loadData(projectPaths(repoRoot));
    assert.deepEqual(problems, []);
    assert.deepEqual(data?.site.languages, ["en", "es"]);
    const strings = loadStrings(projectPaths(repoRoot), data!.site.languages);
    assert.deepEqual(strings.problems, []);
    const keys = Object.keys(strings.catalog!.strings.en!).sort();
    assert.ok(keys.length > 100, "the interface has its words in data/i18n/en.yaml");
    assert.deepEqual(Object.keys(strings.catalog!.strings.es!).sort(), keys);
    assert.equal(data!.translations.es!.kits.pieces.length, data!.kits.pieces.length);
  });
});

describe("comparing a translation with the default language", () => {
  const reference = flattenStrings({ chrome: { skip: "Skip to content", home: "Home" }, state: { title: "Alliances in {state}" } });
  const line = () => 3;

  it("names a missing key, an unknown key (with a guess) and a lost placeholder", () => {
    const problems = compareStrings(reference, "data/i18n/en.yaml", flattenStrings({ chrome: { skip: "Ir al contenido", hom: "Inicio" }, state: { title: "Alianzas" } }), "data/i18n/es.yaml", line);
    assert.deepEqual(
      problems.map((p) => [p.file, p.field, p.found]),
      [
        ["data/i18n/es.yaml", "chrome.home", "no such key"],
        ["data/i18n/es.yaml", "state.title", '"Alianzas"'],
        ["data/i18n/es.yaml", "chrome.hom", "an unknown key"],
      ],
    );
    assert.match(problems[0]!.expected, /a translation of data\/i18n\/en\.yaml's chrome\.home: "Home"/);
    assert.match(problems[1]!.expected, /the placeholders \{state\}/);
    assert.equal(problems[2]!.suggestion, "did you mean `chrome.home`?");
  });

  it("accepts the same keys and placeholders in other words", () => {
    assert.deepEqual(compareStrings(reference, "en", flattenStrings({ chrome: { skip: "Ir al contenido", home: "Inicio" }, state: { title: "Alianzas en {state}" } }), "es", line), []);
  });

  it("keeps facts, numbers and ids the same in translated data", () => {
    const original = [{ id: "flyer", kits: ["founder"], title: "Flyer", as_of: "17 July 1998", minutes: 10 }];
    assert.deepEqual(differentEntries(original, [{ id: "flyer", kits: ["founder"], title: "Volante", as_of: "17 July 1998", minutes: 10 }]), []);
    const changed = differentEntries(original, [{ id: "volante", kits: ["founder"], title: "Volante", as_of: "1998", minutes: 15 }]);
    assert.deepEqual(changed.map((d) => d.path.join(".")), ["0.id", "0.as_of", "0.minutes"]);
    assert.match(differentEntries(original, [])[0]!.expected, /a list of 1/);
    const kinds = { faith: "Faith communities", labor: "Labor unions" };
    assert.deepEqual(
      differentEntries(kinds, { faith: "Comunidades de fe", union: "Sindicatos" }).map((d) => [d.path.join("."), d.found]),
      [["labor", "nothing"], ["union", "an entry the original does not have"]],
    );
  });
});

describe("npm run check on a site whose Spanish strings lose a key and whose Spanish states differ", () => {
  let site: string | undefined;
  after(() => site && removeFixture(site));

  it("fails with the file, the key and what was expected", async () => {
    const { readFileSync } = await import("node:fs");
    const spanish = readFileSync(`${repoRoot}/data/i18n/es.yaml`, "utf8").replace(/^ {2}skip: .*\n/m, "").replace(/^ {2}home: Inicio\n/m, "  home: Inicio\n  hoem: Inicio\n");
    // The Spanish states lose New York, gain a code of no state, and give Illinois another FIPS code.
    const states = readFileSync(`${repoRoot}/data/i18n/es/states.yaml`, "utf8")
      .replace(/^NY: .*\n/m, "")
      .replace(/^IL: \{ name: "Illinois", fips: "17"/m, 'IL: { name: "Illinois", fips: "71"')
      .concat('ZZ: { name: "Zeta", fips: "99", kind: state }\n');
    site = makeFixtureSite({ files: { "data/i18n/es.yaml": spanish, "data/i18n/es/states.yaml": states } });
    const result = runScript(site, "check.ts");
    assert.notEqual(result.status, 0);
    const output = result.stdout + result.stderr;
    assert.match(output, /data\/i18n\/es\.yaml: chrome\.skip: found no such key; expected a translation of data\/i18n\/en\.yaml's chrome\.skip: "Skip to content"/);
    assert.match(output, /data\/i18n\/es\.yaml:\d+: chrome\.hoem: found an unknown key; expected only the keys of data\/i18n\/en\.yaml \(did you mean `chrome\.home`\?\)/);
    assert.match(output, /data\/i18n\/es\/states\.yaml: NY: found no such entry; expected the original's entry NY, translated/);
    assert.match(output, /data\/i18n\/es\/states\.yaml:\d+: ZZ: found an entry the original does not have; expected only the original's entries/);
    assert.match(output, /data\/i18n\/es\/states\.yaml:\d+: IL\.fips: found "71"; expected "17", as in the original/);
  });
});

describe("npm run check on a site whose Spanish news post changes its original's date", () => {
  let site: string | undefined;
  after(() => site && removeFixture(site));

  it("names the post, its date and the original's", () => {
    const post = (title: string, date: string) => `---\ntitle: "${title}"\nsummary: "A post written for this test, in two languages."\ndate: ${date}\n---\n\nText.\n`;
    site = makeFixtureSite({
      files: {
        "content/news/2026-11-01-a-test-post.md": post("A test post", "2026-11-01"),
        "content/es/news/2026-11-01-a-test-post.md": post("Una noticia de prueba", "2026-11-02"),
      },
    });
    const result = runScript(site, "check.ts");
    assert.notEqual(result.status, 0);
    assert.match(
      result.stdout + result.stderr,
      /content\/es\/news\/2026-11-01-a-test-post\.md:4: date: found 2026-11-02; expected 2026-11-01, the date of the original \(content\/news\/2026-11-01-a-test-post\.md\)/,
    );
  });
});

describe("a collection in every language", () => {
  const i18n = makeI18n(catalog);
  const item = (url: string, fileSlug: string, day: string, title: string) => ({ url, fileSlug, inputPath: `${fileSlug}.md`, date: new Date(`${day}T00:00:00Z`), data: { title } });
  const newestFirst = <T extends { date: Date }>(items: T[]) => [...items].sort((a, b) => b.date.getTime() - a.date.getTime());
  const originals = [item("/news/b/", "b", "2026-02-01", "B"), item("/news/a/", "a", "2026-01-01", "A")];
  const byLanguage = withFallbacks(originals, (lang) => (lang === "es" ? [item("/es/news/a/", "a", "2026-01-01", "A en español"), item("/es/news/c/", "c", "2026-03-01", "Solo en español")] : []), i18n, newestFirst);

  it("takes each translation, stands the original in for the rest at the language's address, and sorts them", () => {
    assert.deepEqual(byLanguage.en!.map((entry) => entry.data.title), ["B", "A"]);
    assert.deepEqual(byLanguage.es!.map((entry) => [entry.url, entry.data.title, "untranslated" in entry]), [
      ["/es/news/c/", "Solo en español", false],
      ["/es/news/b/", "B", true],
      ["/es/news/a/", "A en español", false],
    ]);
    assert.deepEqual(untranslatedOf(byLanguage).map((entry) => [entry.lang, entry.url, entry.original.url]), [["es", "/es/news/b/", "/news/b/"]]);
  });
});

describe("translating", () => {
  it("chooses the plural by count and formats numbers for the language", () => {
    assert.equal(translate(catalog, "es", "count.alliances", { count: 1 }), "1 alianza");
    assert.equal(translate(catalog, "es", "count.alliances", { count: 1200 }), "1200 alianzas");
    assert.equal(translate(catalog, "en", "count.alliances", { count: 1200 }), "1,200 alliances");
    assert.equal(translate(catalog, "es", "state.title", { state: "Puerto Rico" }), "Alianzas en Puerto Rico");
    assert.throws(() => translate(catalog, "es", "nowhere"), /no string "nowhere" in data\/i18n\/es\.yaml/);
  });

  it("writes dates and lists with Intl", () => {
    assert.equal(formatDayIn("es", "2026-12-12"), "12 de diciembre de 2026");
    assert.equal(formatDayIn("en-US", "2026-12-12"), "December 12, 2026");
    assert.equal(formatList("es", ["una carta", "un volante", "una agenda"]), "una carta, un volante y una agenda");
    assert.equal(formatWrittenDate("es", "17 July 1998"), "17 de julio de 1998");
    assert.equal(formatWrittenDate("es", "November 2026"), "noviembre de 2026");
    assert.equal(formatWrittenDate("en-US", "November 2026"), "November 2026");
  });
});

describe("addresses in a language", () => {
  it("puts every language but the default under its prefix, and finds a page's language", () => {
    assert.equal(inLanguage("/handbook/", "es", "en"), "/es/handbook/");
    assert.equal(inLanguage("/handbook/", "en", "en"), "/handbook/");
    assert.deepEqual(languageOf("/es/alliances/x/", ["en", "es"]), { lang: "es", address: "/alliances/x/" });
    assert.deepEqual(languageOf("/estates/", ["en", "es"]), { lang: "en", address: "/estates/" });
  });

  it("rewrites a translated chapter's links to the language's pages, never its exports or assets", () => {
    const html = '<a href="/handbook/finding-members/#x">a</a> <a href="/alliances.json">b</a> <a href="/assets/x.css">c</a> <a href="https://example.org/">d</a> <a href="/alliances/register/">e</a> <a href="/kits/founder-kit.pdf">f</a> <a href="/news/">g</a> <a href="/news/a-post/">h</a> <a href="/news/feed.xml">i</a> <a href="/alliances/x/card/">j</a> <a href="/alliances/feed.xml">k</a> <a href="/events.ics">l</a>';
    assert.equal(
      localizeLinks(html, "es", "en"),
      '<a href="/es/handbook/finding-members/#x">a</a> <a href="/alliances.json">b</a> <a href="/assets/x.css">c</a> <a href="https://example.org/">d</a> <a href="/es/alliances/register/">e</a> <a href="/es/kits/founder-kit.pdf">f</a> <a href="/es/news/">g</a> <a href="/es/news/a-post/">h</a> <a href="/es/news/feed.xml">i</a> <a href="/es/alliances/x/card/">j</a> <a href="/es/alliances/feed.xml">k</a> <a href="/events.ics">l</a>',
    );
    assert.equal(localizeLinks(html, "en", "en"), html);
  });
});

describe("the register page's words", () => {
  it("say in English what the register fields and the schema say, so the page and the issue form agree", () => {
    const { data } = loadData(projectPaths(repoRoot));
    const en = loadStrings(projectPaths(repoRoot), ["en"]).catalog!.strings.en!;
    const rules = fieldDescriptions(allianceSchema(allianceVocabulary(data!.states, data!["member-kinds"])));
    for (const field of registerFields) {
      assert.equal(en[`register.label.${field.id}`], field.label, field.id);
      if (field.path !== "body") assert.equal(en[`register.rules.${field.id}`], rules.get(field.path), field.id);
    }
    for (const [list, fields] of [["members", memberFields], ["events", eventFields]] as const) {
      assert.equal(en[`register.rules.${list}`], rules.get(list), list);
      for (const field of fields) {
        assert.equal(en[`register.label.${list}-${field.key}`], field.label, field.path);
        assert.equal(en[`register.rules.${list}-${field.key}`], rules.get(field.path), field.path);
      }
    }
    for (const scope of scopes) assert.equal(en[`register.scopes.${scope}`], scope);
    for (const status of statuses) assert.equal(en[`register.statuses.${status}`], status);
  });
});
