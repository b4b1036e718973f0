// What the site publishes, read by the programs people use: a feed reader (rss-parser), the calendar
// parser behind Thunderbird (Mozilla's ical.js), a GeoJSON validator, JSON-LD parsed for its types,
// and html-validate on one page of every kind. Alliances in several time zones, including Hawaii,
// Puerto Rico and the Central side of split states, are the test's own.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { check as checkGeoJson } from "@placemarkio/check-geojson";
import { HtmlValidate } from "html-validate";
import ICAL from "ical.js";
import matter from "gray-matter";
import Parser from "rss-parser";
import htmlValidateConfig from "../../.htmlvalidate.mjs";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";

const BUILD_DATE = "2026-11-26";

const alliances = {
  // Hawaii: one zone, no daylight saving time.
  honolulu: allianceFile({
    name: "Honolulu Alliance for the ICC",
    state: "HI",
    city: "Honolulu",
    founded: "2026-03-01",
    events: "\n  - date: 2027-01-20T18:00\n    title: Talk in Honolulu\n    place: Hawaii State Library\n  - date: 2027-02-02\n    title: Day of letters",
  }),
  // Puerto Rico: Atlantic time all year.
  "san-juan": allianceFile({
    name: "Alianza de San Juan",
    state: "PR",
    city: "San Juan",
    status: "forming",
    verified: "2026-11-01",
    events: "\n  - date: 2027-01-20T18:00\n    title: Charla en San Juan",
  }),
  // The Florida panhandle west of the Apalachicola is Central, the rest of Florida Eastern.
  escambia: allianceFile({
    name: "Escambia County Alliance",
    scope: "county",
    county: "Escambia",
    city: "",
    state: "FL",
    events: "\n  - date: 2027-01-20T18:00\n    title: Panhandle meeting",
  }),
  // A city in a split state without a location: its place is found in the city table (Central).
  paducah: allianceFile({
    name: "Paducah Alliance",
    state: "KY",
    city: "Paducah",
    contact: '\n  name: Pat Doe\n  email: pat@example.org\n  phone: "270-555-0100"',
    events: "\n  - date: 2027-07-20T18:00\n    title: Summer meeting in Paducah\n  - date: 2025-05-01T18:00\n    title: Last year's meeting",
  }),
  // A statewide alliance in a split state: the zone where most Tennesseans live (Central).
  tennessee: allianceFile({
    name: "Tennessee Alliance",
    scope: "state",
    city: "",
    state: "TN",
    events: "\n  - date: 2027-03-01T19:30\n    title: Statewide call",
  }),
  // Eastern, on the same evening as Honolulu's talk.
  vermont: allianceFile({
    name: "Vermont Alliance",
    scope: "state",
    city: "",
    state: "VT",
    founded: "2012",
    events: "\n  - date: 2027-01-20T18:00\n    title: Talk in Montpelier",
  }),
  // A region across zones settles its times with `timezone`.
  "four-rivers": allianceFile({
    name: "Four Rivers Alliance",
    scope: "region",
    region: "Four Rivers",
    city: "",
    state: "[KY, TN]",
    timezone: "America/Chicago",
    events: "\n  - date: 2027-01-21T12:00\n    title: Lunch at the confluence",
  }),
  // Across zones but only all-day events: nothing to settle.
  "twin-ports": allianceFile({
    name: "Twin Ports and Beyond",
    scope: "region",
    region: "Great Lakes",
    city: "",
    state: "[MI, WI, NY]",
    status: "dormant",
    events: "\n  - date: 2027-04-01\n    title: Spring day of action",
  }),
};

/** The UTC instant each fixture event starts at, worked out by hand from its zone's offset. */
const expectedStarts: Record<string, string> = {
  "Talk in Honolulu": "2027-01-21T04:00:00.000Z", // 18:00 HST (UTC-10)
  "Charla en San Juan": "2027-01-20T22:00:00.000Z", // 18:00 AST (UTC-4)
  "Panhandle meeting": "2027-01-21T00:00:00.000Z", // 18:00 CST (UTC-6)
  "Summer meeting in Paducah": "2027-07-20T23:00:00.000Z", // 18:00 CDT (UTC-5)
  "Statewide call": "2027-03-02T01:30:00.000Z", // 19:30 CST (UTC-6)
  "Talk in Montpelier": "2027-01-20T23:00:00.000Z", // 18:00 EST (UTC-5)
  "Lunch at the confluence": "2027-01-21T18:00:00.000Z", // 12:00 CST (UTC-6)
};

let site: string;
const output = (...parts: string[]) => path.join(site, "_site", ...parts);
const read = (...parts: string[]) => readFileSync(output(...parts), "utf8");

function build(): void {
  const result = runScript(site, "build.ts", ["--no-kits"], { BUILD_DATE });
  assert.equal(result.status, 0, result.stderr + result.stdout);
}

before(() => {
  site = makeFixtureSite({ alliances });
  build();
});
after(() => removeFixture(site));

function calendarFiles(): string[] {
  const own = readdirSync(output("alliances"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join("alliances", entry.name, "events.ics"))
    .filter((file) => {
      try {
        return readFileSync(output(file)).length > 0;
      } catch {
        return false;
      }
    });
  return ["events.ics", ...own];
}

describe("feeds, read by a feed reader", () => {
  it("the news feed is Atom, with a title and entries with absolute links and dates", async () => {
    const xml = read("news", "feed.xml");
    assert.ok(xml.startsWith("<?xml"), `starts with ${JSON.stringify(xml.slice(0, 20))}`);
    const feed = await new Parser().parseString(xml);
    assert.equal(feed.title, "Alliance Handbook: news");
    const posts = readdirSync(path.join(site, "content", "news")).filter((name) => /^\d{4}-\d{2}-\d{2}-.+\.md$/.test(name));
    assert.equal(feed.items.length, posts.length);
    for (const item of feed.items) {
      assert.match(item.link ?? "", /^https:\/\/alliances\.example\.org\/news\/[a-z0-9-]+\/$/);
      assert.ok(item.isoDate && posts.some((name) => name.startsWith(item.isoDate!.slice(0, 10))), `${item.title}: dated ${item.isoDate} like its file`);
      assert.doesNotMatch(item.content ?? "", /href="\//, "links inside entries are absolute");
    }
  });

  it("the alliance feed lists new and active alliances by their dates, newest first", async () => {
    const xml = read("alliances", "feed.xml");
    assert.ok(xml.startsWith("<?xml"));
    const feed = await new Parser().parseString(xml);
    assert.equal(feed.title, "Alliance Handbook: new and active alliances");
    assert.deepEqual(
      feed.items.map((item) => [item.link, item.isoDate]),
      [
        // San Juan: verified 2026-11-01; Honolulu: founded 2026-03-01; Vermont: founded 2012 (a year).
        ["https://alliances.example.org/alliances/san-juan/", "2026-11-01T00:00:00.000Z"],
        ["https://alliances.example.org/alliances/honolulu/", "2026-03-01T00:00:00.000Z"],
        ["https://alliances.example.org/alliances/vermont/", "2012-01-01T00:00:00.000Z"],
      ],
    );
    assert.match(feed.items[0]!.title ?? "", /Alianza de San Juan \(forming\)/);
  });

  it("pages point feed readers at both feeds", () => {
    assert.equal(readPage(site, "/")('link[rel="alternate"][type="application/atom+xml"][href="/news/feed.xml"]').length, 1);
    assert.equal(readPage(site, "/alliances/")('link[rel="alternate"][type="application/atom+xml"][href="/alliances/feed.xml"]').length, 1);
  });

  it("the Spanish news feed has every post, in Spanish where it is translated, each leading to its /es/ page", async () => {
    const feed = await new Parser().parseString(read("es", "news", "feed.xml"));
    assert.equal(feed.title, "Alliance Handbook: noticias");
    assert.equal(feed.link, "https://alliances.example.org/es/news/");
    const posts = readdirSync(path.join(site, "content", "news")).filter((name) => /^\d{4}-\d{2}-\d{2}-.+\.md$/.test(name));
    assert.equal(feed.items.length, posts.length);
    for (const item of feed.items) assert.match(item.link ?? "", /^https:\/\/alliances\.example\.org\/es\/news\/[a-z0-9-]+\/$/);
    const translated = readdirSync(path.join(site, "content", "es", "news")).filter((name) => name.endsWith(".md"));
    assert.ok(translated.length > 0, "the project's news is translated");
    for (const name of translated) {
      const { data } = matter(readFileSync(path.join(site, "content", "es", "news", name), "utf8"));
      const item = feed.items.find((entry) => entry.link?.endsWith(`/es/news/${name.slice(11, -3)}/`));
      assert.equal(item?.title, data.title, name);
      assert.doesNotMatch(item?.content ?? "", /href="https:\/\/alliances\.example\.org\/handbook\//, `${name}: links lead to the Spanish chapters`);
    }
  });

  it("the Spanish alliance feed has the same entries in Spanish, leading to the /es/ pages", async () => {
    const feed = await new Parser().parseString(read("es", "alliances", "feed.xml"));
    assert.equal(feed.title, "Alliance Handbook: alianzas nuevas y activas");
    assert.deepEqual(
      feed.items.map((item) => [item.link, item.isoDate]),
      [
        ["https://alliances.example.org/es/alliances/san-juan/", "2026-11-01T00:00:00.000Z"],
        ["https://alliances.example.org/es/alliances/honolulu/", "2026-03-01T00:00:00.000Z"],
        ["https://alliances.example.org/es/alliances/vermont/", "2012-01-01T00:00:00.000Z"],
      ],
    );
    assert.match(feed.items[0]!.title ?? "", /Alianza de San Juan \(en formación\)/);
    assert.match(feed.items[1]!.content ?? "", /Alianza municipal · .* · Activa · fundada en 1 de marzo de 2026/);
  });

  it("Spanish pages point feed readers at the Spanish feeds", () => {
    assert.equal(readPage(site, "/es/")('link[rel="alternate"][type="application/atom+xml"]').attr("href"), "/es/news/feed.xml");
    const directory = readPage(site, "/es/alliances/");
    assert.equal(directory('link[rel="alternate"][type="application/atom+xml"][href="/es/alliances/feed.xml"]').length, 1);
    assert.equal(directory('link[rel="alternate"][type="application/atom+xml"][href="/alliances/feed.xml"]').length, 0);
  });
});

describe("calendars, read by ical.js", () => {
  it("are CRLF throughout, end with one CRLF and fold lines at 75 octets", () => {
    for (const file of calendarFiles()) {
      const text = read(file);
      assert.ok(text.endsWith("END:VCALENDAR\r\n"), `${file} ends with one CRLF`);
      assert.doesNotMatch(text.replace(/\r\n/g, ""), /[\r\n]/, `${file}: a bare CR or LF`);
      for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, `${file}: ${line}`);
    }
  });

  it("start every timed event at the right instant, with a VTIMEZONE for its TZID", () => {
    const seen = new Map<string, string>();
    for (const file of calendarFiles()) {
      const component = new ICAL.Component(ICAL.parse(read(file)));
      // Each file is read with its own VTIMEZONEs only, as a calendar app that imports it would.
      ICAL.TimezoneService.reset();
      for (const zone of component.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
      for (const vevent of component.getAllSubcomponents("vevent")) {
        const event = new ICAL.Event(vevent);
        assert.equal(String(vevent.getFirstPropertyValue("dtstamp")), "2026-11-26T00:00:00Z", "stamped with the build's date");
        if (event.startDate.isDate) continue;
        const tzid = vevent.getFirstProperty("dtstart")!.getParameter("tzid");
        assert.ok(typeof tzid === "string" && ICAL.TimezoneService.has(tzid), `${file}: ${event.summary} has a TZID with its VTIMEZONE`);
        assert.equal(event.startDate.zone?.tzid, tzid);
        seen.set(event.summary, event.startDate.toJSDate().toISOString());
      }
    }
    ICAL.TimezoneService.reset();
    for (const [title, instant] of Object.entries(expectedStarts)) assert.equal(seen.get(title), instant, title);
  });

  it("keep dates without a time as all-day events", () => {
    const component = new ICAL.Component(ICAL.parse(read("alliances", "honolulu", "events.ics")));
    const day = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((event) => event.summary === "Day of letters")!;
    assert.equal(day.startDate.isDate, true);
    assert.equal(day.startDate.toString(), "2027-02-02");
  });

  it("put every upcoming event of the site in one calendar, in order of when each starts", () => {
    const component = new ICAL.Component(ICAL.parse(read("events.ics")));
    const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    assert.equal(events.length, Object.keys(expectedStarts).length + 2);
    const tzids = component.getAllSubcomponents("vtimezone").map((zone) => String(zone.getFirstPropertyValue("tzid")));
    assert.deepEqual([...tzids].sort(), ["America/Chicago", "America/New_York", "America/Puerto_Rico", "Pacific/Honolulu"], "one VTIMEZONE per zone used");
    ICAL.TimezoneService.reset();
    for (const zone of component.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const starts = events.map((event) => event.startDate.toJSDate().getTime());
    ICAL.TimezoneService.reset();
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
});

describe("times on pages and in JSON", () => {
  it("say their zone and carry a full offset, sorted by the instant they start", () => {
    const $ = readPage(site, "/");
    const upcoming = $(".events .event").map((_, event) => [[$(event).find("time").attr("datetime"), $(event).find("time").text(), $(event).find(".event__title").text()]]).get() as unknown as [string, string, string][];
    assert.deepEqual(upcoming.slice(0, 5), [
      ["2027-01-20T18:00:00-04:00", "Wednesday, January 20, 2027, 6:00 pm AST", "Charla en San Juan"],
      ["2027-01-20T18:00:00-05:00", "Wednesday, January 20, 2027, 6:00 pm ET", "Talk in Montpelier"],
      ["2027-01-20T18:00:00-06:00", "Wednesday, January 20, 2027, 6:00 pm CT", "Panhandle meeting"],
      ["2027-01-20T18:00:00-10:00", "Wednesday, January 20, 2027, 6:00 pm HST", "Talk in Honolulu"],
      ["2027-01-21T12:00:00-06:00", "Thursday, January 21, 2027, 12:00 pm CT", "Lunch at the confluence"],
    ]);
    const paducah = readPage(site, "/alliances/paducah/");
    assert.equal(paducah(".events time").attr("datetime"), "2027-07-20T18:00:00-05:00");
    assert.match(paducah(".events time").text(), /6:00 pm CT$/);
  });

  it("publish each alliance's zone and each event's start with its offset in alliances.json", () => {
    const json = JSON.parse(read("alliances.json")) as { slug: string; timezone: string | null; events: { start: string; time_zone: string | null; when: string }[] }[];
    const honolulu = json.find((alliance) => alliance.slug === "honolulu")!;
    assert.equal(honolulu.timezone, "Pacific/Honolulu");
    assert.deepEqual(honolulu.events.map((event) => event.start), ["2027-01-20T18:00:00-10:00", "2027-02-02"]);
    assert.equal(honolulu.events[0]!.when, "Wednesday, January 20, 2027, 6:00 pm HST");
    assert.equal(json.find((alliance) => alliance.slug === "escambia")!.timezone, "America/Chicago");
    assert.equal(json.find((alliance) => alliance.slug === "twin-ports")!.timezone, null, "no timed events, no zone needed");
  });
});

describe("structured data", () => {
  it("the GeoJSON passes a GeoJSON validator", () => {
    const geojson = checkGeoJson(read("alliances.geojson"));
    assert.equal(geojson.type, "FeatureCollection");
    assert.equal(geojson.features.length, Object.keys(alliances).length);
  });

  it("each upcoming event is a schema.org Event with an offset, a place and an organizer", () => {
    const $ = readPage(site, "/alliances/honolulu/");
    const scripts = $('script[type="application/ld+json"]');
    assert.equal(scripts.length, 1);
    const data = JSON.parse(scripts.text()) as Record<string, unknown> & { event: Record<string, unknown>[] };
    assert.equal(data["@context"], "https://schema.org");
    assert.equal(data["@type"], "Organization");
    assert.deepEqual(data.event.map((event) => event["@type"]), ["Event", "Event"]);
    const [talk, day] = data.event as [Record<string, any>, Record<string, any>];
    assert.equal(talk.startDate, "2027-01-20T18:00:00-10:00");
    assert.equal(new Date(talk.startDate).toISOString(), expectedStarts["Talk in Honolulu"]);
    assert.equal(talk.eventStatus, "https://schema.org/EventScheduled");
    assert.equal(talk.eventAttendanceMode, "https://schema.org/OfflineEventAttendanceMode");
    assert.equal(talk.location["@type"], "Place");
    assert.equal(talk.location.name, "Hawaii State Library");
    assert.equal(talk.location.address["@type"], "PostalAddress");
    assert.equal(talk.organizer["@type"], "Organization");
    assert.equal(talk.organizer["@id"], data["@id"]);
    assert.equal(day.startDate, "2027-02-02");
  });
});

describe("valid HTML", () => {
  const pages = {
    home: "/",
    "handbook contents": "/handbook/",
    chapter: "/handbook/organizational-meeting/",
    "whole handbook": "/handbook/all/",
    "news index": "/news/",
    "news post": "/news/international-criminal-justice-day/",
    directory: "/alliances/",
    "state with alliances": "/states/fl/",
    "state without alliances": "/states/gu/",
    alliance: "/alliances/honolulu/",
    "alliance with phone and past events": "/alliances/paducah/",
    card: "/alliances/honolulu/card/",
    search: "/search/",
    kits: "/kits/",
    "fill-in": "/kits/fill-in/",
    "404": "/404.html",
    "packet print page": "/kits/print/alliances/honolulu/",
    "founder kit print page": "/kits/print/founder-kit/",
    "handbook print page": "/kits/print/handbook/",
  };

  it("on one page of every kind, by html-validate with the project's configuration", async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const problems: string[] = [];
    for (const [kind, url] of Object.entries(pages)) {
      const file = output(url.endsWith("/") ? `${url}index.html` : url);
      const report = await validator.validateString(readFileSync(file, "utf8"), file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${kind} (${url}):${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe("the build is reproducible", () => {
  it("gives the same feeds and calendars when built again with the same BUILD_DATE", () => {
    const files = ["news/feed.xml", "alliances/feed.xml", "es/news/feed.xml", "es/alliances/feed.xml", "alliances.json", ...calendarFiles()];
    const first = files.map((file) => read(file));
    build();
    files.forEach((file, i) => assert.equal(read(file), first[i], file));
  });
});

describe("time-zone mistakes", () => {
  it("name the field that settles them", () => {
    const across = path.join(site, "content", "alliances", "across.md");
    const typo = path.join(site, "content", "alliances", "typo.md");
    writeFileSync(across, allianceFile({ scope: "region", region: "Across", city: "", state: "[TX, GA]", events: "\n  - date: 2027-01-20T18:00\n    title: Which evening?" }));
    writeFileSync(typo, allianceFile({ timezone: "Central" }));
    try {
      const result = runScript(site, "check.ts");
      assert.equal(result.status, 1);
      assert.match(result.stderr, /content\/alliances\/across\.md: timezone: found nothing; expected a `timezone` .* TX, GA .* America\/Chicago, America\/New_York/);
      assert.match(result.stderr, /content\/alliances\/typo\.md:\d+: timezone: found "Central"; expected an IANA time zone such as America\/Chicago/);
    } finally {
      rmSync(across);
      rmSync(typo);
    }
  });
});
