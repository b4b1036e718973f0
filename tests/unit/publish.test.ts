// Publishing's pure parts: check's GitHub annotations, "Edit this page" addresses, the link
// previews' plan and shards, and command-line arguments for kits:merge.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AllianceView } from "../../src/alliances/view.ts";
import { parseFlags } from "../../src/cli/run-cli.ts";
import { planPreviews, previewForPage, selectPreviews } from "../../src/kits/previews.ts";
import { editUrl } from "../../src/site/edit-link.ts";
import type { SiteConfig } from "../../src/site/schema.ts";
import { githubAnnotation } from "../../src/validation/annotations.ts";

const site = { title: "Alliance Handbook", description: "A handbook, a directory and kits." } as SiteConfig;
const alliance = (slug: string, name: string) =>
  ({ slug, name, url: `/alliances/${slug}/`, scopeLabel: "City", place: "Riverton, Wyoming", statusLabel: "Active", sample: false }) as AllianceView;

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
  const chapters = [{ url: "/handbook/icc-in-brief/", fileSlug: "icc-in-brief", data: { title: "The ICC in brief", order: 2 } }];
  const plan = planPreviews([alliance("riverton", "Riverton Alliance"), alliance("lakes", "Lakes Alliance")], chapters, site);

  it("one image for the home page, each chapter and each alliance, with alt text saying what it shows", () => {
    assert.deepEqual(
      plan.previews.map((entry) => [entry.id, entry.page, entry.url]),
      [
        ["home", "/", "/previews/home.png"],
        ["handbook/icc-in-brief", "/handbook/icc-in-brief/", "/previews/handbook/icc-in-brief.png"],
        ["alliances/riverton", "/alliances/riverton/", "/previews/alliances/riverton.png"],
        ["alliances/lakes", "/alliances/lakes/", "/previews/alliances/lakes.png"],
      ],
    );
    assert.equal(plan.previews[2]!.alt, "Riverton Alliance. City alliance · Riverton, Wyoming. Active. Alliance Handbook");
    assert.equal(plan.previews[0]!.status, "2 alliances listed");
  });

  it("other pages share the home page's image", () => {
    const byPage = new Map(plan.previews.map((entry) => [entry.page, entry]));
    assert.equal(previewForPage(plan, byPage, "/alliances/lakes/").id, "alliances/lakes");
    assert.equal(previewForPage(plan, byPage, "/news/").id, "home");
  });

  it("shards take every n-th image and together take each once; --only takes that alliance's", () => {
    const shares = [1, 2, 3].map((index) => selectPreviews(plan.previews, { shard: { index, count: 3 } }).map((entry) => entry.id));
    assert.deepEqual(shares.flat().sort(), plan.previews.map((entry) => entry.id).sort());
    assert.deepEqual(shares[0], ["home", "alliances/lakes"]);
    assert.deepEqual(selectPreviews(plan.previews, { only: "riverton" }).map((entry) => entry.id), ["alliances/riverton"]);
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
