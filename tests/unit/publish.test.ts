// Publishing's pure parts: check's GitHub annotations, "Edit this page" addresses, the link
// previews' plan and shards, and command-line arguments for kits:merge.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AllianceView } from "../../src/alliances/view.ts";
import { parseFlags } from "../../src/cli/run-cli.ts";
import { planPreviews, previewForPage, selectPreviews } from "../../src/kits/previews.ts";
import { makeI18n } from "../../src/i18n/i18n.ts";
import { loadStrings } from "../../src/i18n/load-strings.ts";
import { projectPaths } from "../../src/project.ts";
import { editUrl } from "../../src/site/edit-link.ts";
import type { SiteConfig } from "../../src/site/schema.ts";
import { githubAnnotation } from "../../src/validation/annotations.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const site = { title: "Alliance Handbook", description: "A handbook, a directory and kits." } as SiteConfig;
const alliance = (slug: string, name: string) =>
  ({ slug, name, url: `/alliances/${slug}/`, scope: "city", place: "Riverton, Wyoming", places: { en: "Riverton, Wyoming", es: "Riverton, Wyoming" }, status: "active", sample: false }) as unknown as AllianceView;

describe("check --format github", () => {
  it("one ::error line per problem, with file, line and title, escaped as the runner expects", () => {
    const line = githubAnnotation({ file: "content/alliances/a,b.md", line: 6, field: "status", found: '"activ"', expected: "one of: forming, active\n100%" });
    assert.equal(
      line,
      '::error file=content/alliances/a%2Cb.md,line=6,title=status%3A invalid::content/alliances/a,b.md:6: status: found "activ"; expected one of: forming, active%0A100%25',
    );
    assert.equal(githubAnnotation({ file: "data/site.yaml", field: "", found: "nothing", expected: "a file" }), "::error file=data/site.yaml,title=invalid file::data/site.yaml: found nothing; expected a file");
  });
});

describe("Edit this page", () => {
  it("links to the file on the repository's branch, and to nothing without a repository", () => {
    assert.equal(editUrl("./content/handbook/icc-in-brief.md", { url: "https://github.com/org/site/", branch: "main" }), "https://github.com/org/site/edit/main/content/handbook/icc-in-brief.md");
    assert.equal(editUrl("content/alliances/a b.md", { url: "https://github.com/org/site", branch: "release/2026" }), "https://github.com/org/site/edit/release/2026/content/alliances/a%20b.md");
    assert.equal(editUrl("content/handbook/x.md", undefined), undefined);
  });
});

describe("link previews", () => {
  const i18n = makeI18n(loadStrings(projectPaths(repoRoot), ["en", "es"]).catalog!);
  const chapters = [{ url: "/handbook/icc-in-brief/", fileSlug: "icc-in-brief", data: { title: "The ICC in brief", order: 2 } }];
  const spanishChapters = [{ url: "/es/handbook/icc-in-brief/", fileSlug: "icc-in-brief", data: { title: "La CPI en breve", order: 2 } }];
  const languages = [{ lang: "en", chapters }, { lang: "es", chapters: spanishChapters }];
  const plan = planPreviews([alliance("riverton", "Riverton Alliance"), alliance("lakes", "Lakes Alliance")], languages, site, i18n);
  const english = plan.previews.filter((entry) => entry.lang === "en-US");
  const spanish = plan.previews.filter((entry) => entry.lang === "es");

  it("one image for the home page, each chapter and each alliance, with alt text saying what it shows", () => {
    assert.deepEqual(
      english.map((entry) => [entry.id, entry.page, entry.url]),
      [
        ["home", "/", "/previews/home.png"],
        ["handbook/icc-in-brief", "/handbook/icc-in-brief/", "/previews/handbook/icc-in-brief.png"],
        ["alliances/riverton", "/alliances/riverton/", "/previews/alliances/riverton.png"],
        ["alliances/lakes", "/alliances/lakes/", "/previews/alliances/lakes.png"],
      ],
    );
    assert.equal(english[2]!.alt, "Riverton Alliance. City alliance · Riverton, Wyoming. Active. Alliance Handbook");
    assert.equal(english[0]!.status, "2 alliances listed");
  });

  it("each Spanish page has its own image, with Spanish words and the Spanish chapter title", () => {
    assert.deepEqual(
      spanish.map((entry) => [entry.id, entry.page, entry.url]),
      [
        ["es/home", "/es/", "/previews/es/home.png"],
        ["es/handbook/icc-in-brief", "/es/handbook/icc-in-brief/", "/previews/es/handbook/icc-in-brief.png"],
        ["es/alliances/riverton", "/es/alliances/riverton/", "/previews/es/alliances/riverton.png"],
        ["es/alliances/lakes", "/es/alliances/lakes/", "/previews/es/alliances/lakes.png"],
      ],
    );
    assert.equal(spanish[0]!.status, "2 alianzas en el directorio");
    assert.equal(spanish[1]!.title, "La CPI en breve");
    assert.equal(spanish[1]!.place, i18n.t("es", "preview.chapter", { number: 2 }));
    assert.equal(spanish[2]!.alt, "Riverton Alliance. Alianza municipal · Riverton, Wyoming. Activa. Alliance Handbook");
  });

  it("other pages share their language's home page's image", () => {
    const byPage = new Map(plan.previews.map((entry) => [entry.page, entry]));
    assert.equal(previewForPage(plan, byPage, "/alliances/lakes/").id, "alliances/lakes");
    assert.equal(previewForPage(plan, byPage, "/news/").id, "home");
    assert.equal(previewForPage(plan, byPage, "/es/news/", "/es/").id, "es/home");
  });

  it("shards take every n-th image and together take each once; --only takes that alliance's", () => {
    const shares = [1, 2, 3].map((index) => selectPreviews(plan.previews, { shard: { index, count: 3 } }).map((entry) => entry.id));
    assert.deepEqual(shares.flat().sort(), plan.previews.map((entry) => entry.id).sort());
    assert.deepEqual(shares[0], ["home", "alliances/lakes", "es/alliances/riverton"]);
    assert.deepEqual(selectPreviews(plan.previews, { only: "riverton" }).map((entry) => entry.id), ["alliances/riverton", "es/alliances/riverton"]);
    assert.deepEqual(selectPreviews(plan.previews, { only: "es/riverton" }).map((entry) => entry.id), ["es/alliances/riverton"]);
    assert.deepEqual(selectPreviews(plan.previews, { only: "handbook" }), []);
  });
});

describe("arguments after the options", () => {
  const spec = { name: "kits:merge", summary: "test", flags: {}, args: { value: "<folder>...", description: "Folders.", min: 1 } };
  it("are passed on when the script takes them, and a missing one is a problem", () => {
    const { args, problems } = parseFlags(spec, ["a", "b"]);
    assert.deepEqual([args, problems], [["a", "b"], []]);
    assert.deepEqual(parseFlags(spec, []).problems, ["found 0 arguments; expected at least 1: <folder>..."]);
  });
});
