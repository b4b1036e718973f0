// Every address is written once, in src/urls.ts: the output files it maps to, and a watch over the
// templates and modules that must ask it rather than spell an address themselves.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { absoluteUrl, outputFile, sitePath, urls } from "../../src/urls.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

function filesIn(folder: string, extensions: RegExp): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => extensions.test(file))
    .map((file) => path.join(folder, file));
}

describe("urls", () => {
  it("gives each page, file and export its address", () => {
    assert.equal(urls.alliance("twin-cities"), "/alliances/twin-cities/");
    assert.equal(urls.allianceCard("twin-cities"), "/alliances/twin-cities/card/");
    assert.equal(urls.allianceCalendar("twin-cities"), "/alliances/twin-cities/events.ics");
    assert.equal(urls.state("IL"), "/states/il/");
    assert.equal(urls.kitPdf("founder-kit"), "/kits/founder-kit.pdf");
    assert.equal(urls.alliancePacketPrint("twin-cities"), "/kits/print/alliances/twin-cities/");
    assert.equal(urls.chapter("organizational-meeting"), "/handbook/organizational-meeting/");
    assert.equal(urls.nearMeZipShard("606"), `${urls.nearMeZipFolder()}606.json`);
    assert.equal(absoluteUrl("https://example.org", urls.eventsCalendar()), "https://example.org/events.ics");
  });

  it("maps an address to its file in the output folder", () => {
    assert.equal(outputFile(urls.kitPdf("a")), "kits/a.pdf");
    assert.equal(outputFile(urls.kitManifest()), "kits/manifest.json");
    assert.equal(outputFile(urls.kits()), "kits/index.html");
    assert.equal(outputFile(urls.home()), "index.html");
  });

  it("finds the path a site is served under in its URL", () => {
    assert.equal(sitePath("https://example.org"), "");
    assert.equal(sitePath("https://example.org/"), "");
    assert.equal(sitePath("https://owner.github.io/alliance-handbook"), "/alliance-handbook");
    assert.equal(sitePath("https://example.org/sub/path/"), "/sub/path");
    assert.equal(absoluteUrl("https://example.org/sub/path", urls.alliance("a")), "https://example.org/sub/path/alliances/a/");
  });

  it("is the only place addresses are spelled: templates and modules ask it", () => {
    // A site address in a link, a form, a permalink or a string literal; assets (CSS, scripts) excepted.
    const literal = /(?:href|action|src)="\/(?!assets\/|pagefind\/)[^"{]|^permalink: ["']?\/|["'`]\/(?:alliances|states|kits|handbook|news|search|near-me|events\.ics)\b/m;
    const templates = [...filesIn("content", /\.(njk|json)$/), ...filesIn("layouts", /\.njk$/)];
    const modules = filesIn("src", /\.ts$/).filter((file) => file !== path.join("src", "urls.ts") && !file.startsWith(path.join("src", "bench")));
    const offenders = [...templates, ...modules].filter((file) => literal.test(readFileSync(path.join(repoRoot, file), "utf8")));
    assert.deepEqual(offenders, []);
  });
});
