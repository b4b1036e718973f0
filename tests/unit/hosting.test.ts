// Hosting configuration: netlify.toml read with a TOML parser, and the _headers file the build
// writes read with Netlify's own parser, applied the way Netlify's CLI applies it.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { parseAllHeaders, type Header } from "@netlify/headers-parser";
import { parse } from "smol-toml";
import { urls } from "../../src/urls.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

/** The _headers file as the build writes it: the template's text after its front matter. */
function headersFile(): string {
  const template = readFileSync(path.join(repoRoot, "content", "headers.njk"), "utf8");
  const [, frontMatter, body] = /^---js\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template) ?? [];
  assert.match(frontMatter ?? "", /permalink: \(data\) => data\.urls\.headersFile\(\)/);
  assert.equal(urls.headersFile(), "/_headers");
  assert.ok(!/{[{%#]/.test(body ?? ""), "the file has no template syntax, so it is written as it is");
  return body!;
}

/** The headers one path gets: every matching rule in order, a later value replacing an earlier one. */
function headersFor(rules: Header[], urlPath: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(urlPath)).map((rule) => rule.values)) as Record<string, string>;
}

describe("netlify.toml", () => {
  it("parses, publishes _site/ and builds everything, kits included", () => {
    const config = parse(readFileSync(path.join(repoRoot, "netlify.toml"), "utf8")) as { build: { publish: string; command: string; environment: Record<string, string> } };
    assert.equal(config.build.publish, "_site");
    assert.match(config.build.command, /npm run build$/);
    assert.match(config.build.command, /playwright-core install chromium/);
    const nvmrc = readFileSync(path.join(repoRoot, ".nvmrc"), "utf8").trim();
    assert.equal(config.build.environment.NODE_VERSION, nvmrc);
  });
});

describe("_headers", () => {
  it("parses without errors, and HTML revalidates while Pagefind's hashed files are kept a year", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "headers-"));
    try {
      const file = path.join(dir, "_headers");
      writeFileSync(file, headersFile());
      const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: undefined, minimal: false });
      assert.deepEqual(errors, []);
      const rules = headers as Header[];
      assert.ok(rules.length >= 4);
      for (const page of ["/", "/handbook/icc-in-brief/", "/alliances/", "/404.html"]) {
        assert.equal(headersFor(rules, page)["Cache-Control"], "no-cache", page);
      }
      for (const hashed of ["/pagefind/index/en-us_4a1b2c3.pf_index", "/pagefind/fragment/en-us_9f8e7d6.pf_fragment", "/pagefind/filter/en-us_1a2b3c.pf_filter"]) {
        assert.equal(headersFor(rules, hashed)["Cache-Control"], "public, max-age=31536000, immutable", hashed);
      }
      assert.equal(headersFor(rules, "/pagefind/pagefind.js")["Cache-Control"], "no-cache", "Pagefind's unhashed entry files revalidate");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
