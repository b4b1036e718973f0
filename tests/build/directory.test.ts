// The directory built from a founder's own alliances (no samples): pages, exports, escaping of
// everything they write, and what happens when they make mistakes.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";

const EVIL = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;

const alliances = {
  springfield: allianceFile({
    meetings: "First Monday, 7 pm, Lincoln Library",
    founded: "2019",
    verified: "2026-10-01",
    members: "\n  - name: First Church\n    kind: faith\n  - name: Springfield Bar Association\n    kind: legal\n    url: https://example.org/bar",
    events: "\n  - date: 2027-01-20T19:00\n    title: Talk on the Rome Statute\n    place: Lincoln Library\n  - date: 2025-03-01\n    title: Old film night",
  }),
  "twin-ports": allianceFile({
    name: "Twin Ports Alliance",
    scope: "region",
    region: "Twin Ports",
    city: "",
    state: "[MN, WI]",
    status: "forming",
  }),
  "dane-county": allianceFile({
    name: `Dane County ${EVIL}`,
    scope: "county",
    county: `"Dane"`,
    city: "",
    state: "WI",
    status: "dormant",
    summary: `Summary ${EVIL.replace(/"/g, "'")}`,
    meetings: `"Meets ${EVIL.replace(/"/g, "'")}"`,
    verified: "2024-01-01",
    members: `\n  - name: "Club ${EVIL.replace(/"/g, "'")}"\n    kind: civic`,
    events: `\n  - date: 2027-03-03\n    title: "Event ${EVIL.replace(/"/g, "'")}"`,
    concerns: `["${EVIL.replace(/"/g, "'")}"]`,
  }, `Our story. ${EVIL}\n\n[a link](javascript:alert(1))`),
};

let site: string;
const output = () => path.join(site, "_site");

before(() => {
  site = makeFixtureSite({ alliances });
  const result = runScript(site, "build.ts", ["--no-kits"]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
});
after(() => removeFixture(site));

describe("alliance pages", () => {
  it("show the alliance's details, grouped members, upcoming events and folded past ones", () => {
    const $ = readPage(site, "/alliances/springfield/");
    assert.equal($("h1").text(), "Springfield Alliance for the ICC");
    assert.match($(".alliance__place").text(), /City alliance · Springfield, Illinois/);
    assert.equal($(".status").first().text(), "Active");
    assert.equal($('a[href="mailto:pat@example.org"]').length, 1);
    assert.match($(".facts").text(), /First Monday, 7 pm, Lincoln Library/);
    assert.deepEqual($("#members-title ~ h3").map((_, h) => $(h).text()).get(), ["Faith communities", "Bar associations and legal groups"]);
    assert.match($(".events").first().text(), /Talk on the Rome Statute/);
    assert.match($("details.past-events").text(), /Old film night/);
    assert.equal($('a[href="/kits/springfield.pdf"]').length, 1);
    assert.equal($('a[href="/alliances/springfield/events.ics"]').length, 1);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    assert.equal(jsonLd["@type"], "Organization");
    assert.equal(jsonLd.name, "Springfield Alliance for the ICC");
    assert.equal($(".sample-banner").length, 0, "a founder's own alliance is not marked as a sample");
  });

  it("flag contact details verified more than a year ago", () => {
    assert.match(readPage(site, "/alliances/dane-county/")(".verified--stale").text(), /more than a year ago/);
    assert.equal(readPage(site, "/alliances/springfield/")(".verified--stale").length, 0);
  });

  it("show every text field literally and never run script from them", () => {
    const $ = readPage(site, "/alliances/dane-county/");
    const scripts = $("script").map((_, s) => $(s).attr("type") ?? $(s).attr("src")).get();
    assert.deepEqual(scripts, ["application/ld+json"]);
    assert.equal($("img").length, 0);
    assert.equal($("[onerror]").length, 0);
    for (const selector of ["h1", ".lede", ".facts", ".members", ".events", ".tags", ".story"]) {
      assert.match($(selector).text(), /<script>window.__pwned = 1<\/script>/, selector);
    }
    assert.equal($('.story a[href^="javascript"]').length, 0);
    const jsonLd = $('script[type="application/ld+json"]').html()!;
    assert.ok(!jsonLd.includes("</script"), "JSON-LD cannot close its element");
  });
});

describe("embeddable card", () => {
  it("is plain HTML with absolute links, shown and offered as code", () => {
    const $ = readPage(site, "/alliances/dane-county/card/");
    const preview = $(".card-preview");
    assert.equal(preview.find("script, img, iframe").length, 0);
    assert.match(preview.find("a").first().attr("href")!, /^https?:\/\/[^/]+\/alliances\/dane-county\/$/);
    assert.match(preview.text(), /<script>window.__pwned = 1<\/script>/);
    const code = $("pre.snippet code").text();
    assert.ok(code.startsWith("<div style="));
    assert.ok(code.includes("&lt;script&gt;window.__pwned"), "the code shows the escaped name");
    assert.equal(readPage(site, "/alliances/springfield/")('a[href="/alliances/springfield/card/"]').length, 1);
  });
});

describe("directory and state pages", () => {
  it("group alliances by state, a regional one under each of its states, with counts", () => {
    const $ = readPage(site, "/alliances/");
    const groups = Object.fromEntries(
      $(".state-group").map((_, g) => [[$(g).children("h3").children("a").text(), $(g).find(".alliance-card h3 a").map((_, a) => $(a).attr("href")).get()]]).get(),
    );
    assert.deepEqual(groups, {
      Illinois: ["/alliances/springfield/"],
      Minnesota: ["/alliances/twin-ports/"],
      Wisconsin: ["/alliances/dane-county/", "/alliances/twin-ports/"],
    });
    assert.match($(".lede").first().text(), /3 alliances .* 1 active, 1 forming, 1 dormant/);
  });

  it("draw a static map with shaded states and a linked marker per alliance", () => {
    const $ = readPage(site, "/alliances/");
    const svg = $("svg.us-map");
    assert.equal(svg.length, 1);
    assert.deepEqual(svg.find("a.map-marker").map((_, a) => $(a).attr("href")).get().sort(), ["/alliances/dane-county/", "/alliances/springfield/", "/alliances/twin-ports/"]);
    assert.deepEqual(svg.find('a[href^="/states/"]').map((_, a) => $(a).attr("href")).get().sort(), ["/states/il/", "/states/mn/", "/states/wi/"]);
    assert.ok(svg.find("path.map-state").length >= 51);
    assert.match($("section").text(), /Puerto Rico/);
  });

  it("give every state and territory a page, with a way to start one where there is none", () => {
    const codes = readdirSync(path.join(output(), "states"));
    assert.equal(codes.length, 56);
    const $ = readPage(site, "/states/il/");
    assert.deepEqual($(".alliance-card .card__title a").map((_, a) => $(a).attr("href")).get(), ["/alliances/springfield/"]);
    const empty = readPage(site, "/states/gu/");
    assert.match(empty(".start-one").text(), /no alliance in Guam yet/);
    assert.equal(empty('.start-one a[href="/handbook/founders-and-organizations/"]').length, 1);
    assert.equal(empty('.start-one a[href="/kits/founder-kit.pdf"]').length, 1);
  });
});

describe("exports", () => {
  it("publish every alliance as JSON and GeoJSON with absolute URLs", () => {
    const json = JSON.parse(readFileSync(path.join(output(), "alliances.json"), "utf8")) as { slug: string; url: string; name: string }[];
    assert.deepEqual(json.map((a) => a.slug).sort(), ["dane-county", "springfield", "twin-ports"]);
    for (const alliance of json) assert.match(alliance.url, /^https?:\/\/[^/]+\/alliances\/[a-z-]+\/$/);
    const geo = JSON.parse(readFileSync(path.join(output(), "alliances.geojson"), "utf8"));
    assert.equal(geo.type, "FeatureCollection");
    assert.equal(geo.features.length, 3);
    const [lon, lat] = geo.features.find((f: { properties: { name: string } }) => f.properties.name === "Springfield Alliance for the ICC").geometry.coordinates;
    assert.ok(lat > 36 && lat < 43 && lon < -87 && lon > -92, "Springfield, IL falls back to Illinois's centroid");
  });

  it("publish upcoming events as iCalendar, site-wide and per alliance", () => {
    const all = readFileSync(path.join(output(), "events.ics"), "utf8");
    assert.match(all, /SUMMARY:Talk on the Rome Statute/);
    assert.doesNotMatch(all, /Old film night/);
    assert.equal((all.match(/BEGIN:VEVENT/g) ?? []).length, 2);
    const own = readFileSync(path.join(output(), "alliances", "springfield", "events.ics"), "utf8");
    assert.equal((own.match(/BEGIN:VEVENT/g) ?? []).length, 2);
    assert.ok(!existsSync(path.join(output(), "alliances", "twin-ports", "events.ics")));
  });
});

describe("mistakes", () => {
  function fingerprint(): string {
    const hash = createHash("sha256");
    for (const file of readdirSync(output(), { recursive: true, encoding: "utf8" }).sort()) {
      hash.update(file);
      const full = path.join(output(), file);
      if (!file.includes(".") || file.endsWith("/")) continue;
      try {
        hash.update(readFileSync(full));
      } catch {
        // a folder
      }
    }
    return hash.digest("hex");
  }

  it("fail check and build with every problem named, and leave the previous _site untouched", () => {
    const before = fingerprint();
    const broken = path.join(site, "content", "alliances", "Bad_Name.md");
    const other = path.join(site, "content", "alliances", "oops.md");
    writeFileSync(broken, allianceFile({ status: "sleeping", verified: "2026-13-45" }));
    writeFileSync(other, allianceFile({ summery: "typo", summary: "", website: "javascript:alert(1)" }));
    try {
      for (const script of ["check.ts", "build.ts"]) {
        const result = runScript(site, script, ["--no-kits"].filter(() => script === "build.ts"));
        assert.equal(result.status, 1, script);
        const lines = result.stderr;
        assert.match(lines, /content\/alliances\/Bad_Name\.md: file name: found "Bad_Name\.md"; expected a slug/);
        assert.match(lines, /content\/alliances\/Bad_Name\.md:\d+: status: found "sleeping"; expected one of "forming", "active", "dormant"/);
        assert.match(lines, /content\/alliances\/Bad_Name\.md:\d+: verified: found "2026-13-45"; expected a real calendar date/);
        assert.match(lines, /content\/alliances\/oops\.md:\d+: summery: found an unknown field; .* \(did you mean `summary`\?\)/);
        assert.match(lines, /content\/alliances\/oops\.md:\d+: website: found "javascript:alert\(1\)"; expected an http:\/\/ or https:\/\/ address/);
        assert.match(lines, /content\/alliances\/oops\.md: summary: found nothing/);
      }
      assert.equal(fingerprint(), before, "_site/ is exactly as it was");
      assert.deepEqual(readdirSync(site).filter((name) => name.startsWith("_site.")), [], "no temporary output left behind");
    } finally {
      rmSync(broken);
      rmSync(other);
    }
  });

  it("fail the build on a template error and keep _site", () => {
    const before = fingerprint();
    const template = path.join(site, "content", "broken.njk");
    writeFileSync(template, "---\npermalink: /broken/\n---\n{% if %}");
    try {
      const result = runScript(site, "build.ts", ["--no-kits"]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /broken\.njk/);
      assert.match(result.stderr, /left as it was/);
      assert.equal(fingerprint(), before);
    } finally {
      rmSync(template);
    }
  });

  it("validate data files the same way", () => {
    const file = path.join(site, "data", "member-kinds.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, `${original}\nBad Key: Something\n`);
    try {
      const result = runScript(site, "check.ts");
      assert.equal(result.status, 1);
      assert.match(result.stderr, /data\/member-kinds\.yaml:\d+: Bad Key: found "Bad Key"; expected a lowercase key/);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe("new:alliance", () => {
  it("writes a valid file named from the name, then refuses to overwrite it", () => {
    const args = ["--name", "Alianza de Peñuelas", "--scope", "city", "--state", "PR", "--city", "Peñuelas", "--summary", "Civic clubs and parishes in Peñuelas.", "--host", "Club Cívico", "--contact", "Ana Ruiz", "--email", "ana@example.org"];
    const first = runScript(site, "new-alliance.ts", args);
    assert.equal(first.status, 0, first.stderr);
    const file = path.join(site, "content", "alliances", "alianza-de-penuelas.md");
    try {
      assert.ok(existsSync(file));
      assert.equal(runScript(site, "check.ts").status, 0);
      const second = runScript(site, "new-alliance.ts", args);
      assert.equal(second.status, 1);
      assert.match(second.stderr, /already exists/);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("rejects bad values with the schema's messages and writes nothing", () => {
    const result = runScript(site, "new-alliance.ts", ["--name", "Somewhere Alliance", "--scope", "town", "--state", "XX", "--summary", "Short but fine summary.", "--host", "H Org", "--contact", "Pat", "--email", "nope"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /scope: found "town"; expected one of "city", "county", "state", "region"/);
    assert.match(result.stderr, /state: found "XX"; expected a USPS code/);
    assert.match(result.stderr, /contact\.email: found "nope"; expected an email address/);
    assert.ok(!existsSync(path.join(site, "content", "alliances", "somewhere-alliance.md")));
  });
});
