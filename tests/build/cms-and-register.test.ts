// The built site's /admin/ (Decap CMS from the npm package, its generated config, its own policy)
// and /alliances/register/ (every field with its rules), and the links that lead to the form.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { registerFields } from "../../src/register/fields.ts";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";

let site: string;
before(() => {
  site = makeFixtureSite({ alliances: { springfield: allianceFile() } });
  const result = runScript(site, "build.ts", ["--no-kits"]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
});
after(() => removeFixture(site));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

describe("/admin/", () => {
  it("loads Decap CMS from the site's own files, with a config made from the schemas", () => {
    const $ = readPage(site, "/admin/");
    const scripts = $("script[src]").map((_, e) => $(e).attr("src")).get();
    assert.deepEqual(scripts, ["/admin/decap-cms.js"]);
    assert.ok(existsSync(path.join(site, "_site", "admin", "decap-cms.js")));
    assert.equal($('link[rel="cms-config-url"]').attr("href"), "/admin/config.yml");
    const config = parse(readFileSync(path.join(site, "_site", "admin", "config.yml"), "utf8"));
    assert.equal(config.backend.name, "github");
    assert.equal(config.publish_mode, "editorial_workflow");
    assert.equal(config.local_backend, undefined, "no local backend in a production build");
    const alliances = config.collections.find((c: { name: string }) => c.name === "alliances");
    assert.ok(alliances.fields.find((f: { name: string }) => f.name === "state").options.some((o: { value: string }) => o.value === "IL"));
  });

  it("is the only page that may eval or talk to GitHub; every other page keeps the strict policy", () => {
    const csp = ($: ReturnType<typeof readPage>) => $('meta[http-equiv="Content-Security-Policy"]').attr("content") ?? "";
    const admin = csp(readPage(site, "/admin/"));
    assert.match(admin, /script-src 'self' 'unsafe-eval'/);
    assert.match(admin, /connect-src 'self' https:\/\/api\.github\.com/);
    const output = path.join(site, "_site");
    for (const file of htmlFiles(output)) {
      const url = `/${path.relative(output, file)}`;
      if (url.startsWith("/admin/")) continue;
      const html = readFileSync(file, "utf8");
      assert.doesNotMatch(html, /decap-cms/, url);
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      if (policy) assert.doesNotMatch(policy, /'unsafe-eval'|api\.github\.com/, url);
    }
  });
});

describe("/alliances/register/", () => {
  it("lists every field with a label and its rules, without needing the script", () => {
    const $ = readPage(site, "/alliances/register/");
    for (const field of registerFields) {
      const control = $(`#register-form [name="${field.id}"]`);
      assert.equal(control.length, 1, field.id);
      assert.ok($(`label[for="${field.id}"]`).text().trim().startsWith(field.label), field.id);
      assert.ok($(`#${field.id}-rules`).text().trim().length > 10, `${field.id} has its rules`);
    }
    assert.match($("#scope-rules").text(), /city, county, state or region/);
    assert.deepEqual($("#scope option").map((_, e) => $(e).attr("value")).get(), ["", "city", "county", "state", "region"]);
    assert.equal($("#members-0-kind option[value=faith]").length, 1);
    assert.equal($('script[type="module"]').attr("src"), "/assets/js/register.js");
    assert.ok(existsSync(path.join(site, "_site", "assets", "js", "register.js")));
    assert.match($(".register-note").text(), /Print this form/);
  });

  it("is linked from the directory, a state page without an alliance, and the founding chapter", () => {
    assert.equal(readPage(site, "/alliances/")('a[href="/alliances/register/"]').length, 1);
    const empty = readPage(site, "/states/wy/");
    assert.equal(empty('a[href="/alliances/register/"]').first().text(), "Start one here");
    assert.equal(readPage(site, "/states/il/")('a:contains("Start one here")').length, 0);
    assert.ok(readPage(site, "/handbook/founders-and-organizations/")('a[href="/alliances/register/"]').length >= 1);
    assert.equal(readPage(site, "/kits/print/founder-kit/")('a[href$="/alliances/register/"]').length, 1, "the founder kit");
  });
});
