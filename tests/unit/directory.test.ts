// The directory's pure core: places, events, staleness, grouping by state, map positions, calendars.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildDirectory } from "../../src/alliances/directory.ts";
import { allianceJsonLd } from "../../src/alliances/exports.ts";
import { countyCentroid, pointOf } from "../../src/alliances/geo.ts";
import { calendar } from "../../src/alliances/ics.ts";
import { groupMarkers, MAX_MARKERS, project, renderMap, type Placed } from "../../src/alliances/map.ts";
import { allianceView, placeOf, plainEnglishPlace } from "../../src/alliances/view.ts";
import { eventTime, formatEventDate } from "../../src/dates/dates.ts";
import ICAL from "ical.js";
import type { StatesTable } from "../../src/site/schema.ts";
import { loadedAlliance } from "../helpers/alliance-model.ts";
import { repoRoot } from "../helpers/fixture-site.ts";
import { makeI18n, mapWordsIn, placeWordsIn } from "../../src/i18n/i18n.ts";
import { loadStrings } from "../../src/i18n/load-strings.ts";
import { projectPaths } from "../../src/project.ts";
import { loadData } from "../../src/data/load-data.ts";

const states: StatesTable = {
  IL: { name: "Illinois", fips: "17", kind: "state" },
  WI: { name: "Wisconsin", fips: "55", kind: "state" },
  MN: { name: "Minnesota", fips: "27", kind: "state" },
  PR: { name: "Puerto Rico", fips: "72", kind: "territory" },
};
const english = plainEnglishPlace(states);
const siteI18n = makeI18n(loadStrings(projectPaths(repoRoot), ["en", "es"]).catalog!);
const kinds = { faith: "Faith communities", civic: "Civic clubs" };

describe("alliance view", () => {
  it("describes the place for every scope", () => {
    assert.equal(placeOf(loadedAlliance({}), english), "Springfield, Illinois");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Cook"] }), english), "Cook County, Illinois");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Dane", "Rock"], state: ["WI"] }), english), "Dane and Rock Counties, Wisconsin");
    assert.equal(placeOf(loadedAlliance({ scope: "state" }), english), "Illinois (statewide)");
    assert.equal(placeOf(loadedAlliance({ scope: "region", region: "Twin Ports", state: ["MN", "WI"] }), english), "Twin Ports, Minnesota and Wisconsin");
  });

  it("writes the place in each site language, with that language's names of the states", () => {
    const { data } = loadData(projectPaths(repoRoot));
    const spanish = placeWordsIn(siteI18n, "es", data!.translations.es!.states);
    assert.equal(placeOf(loadedAlliance({ state: ["NY"], city: "Buffalo" }), spanish), "Buffalo, Nueva York");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Cook"] }), spanish), "Condado de Cook, Illinois");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Orleans Parish"], state: ["LA"] }), spanish), "Orleans Parish, Luisiana");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Wake", "Durham"], state: ["NC"] }), spanish), "Condados de Wake y Durham, Carolina del Norte");
    assert.equal(placeOf(loadedAlliance({ scope: "state", state: ["PR"] }), spanish), "Puerto Rico (todo el estado)");
    assert.equal(placeOf(loadedAlliance({ scope: "region", region: "Pacífico", state: ["GU", "MP", "AS"] }), spanish), "Pacífico, Guam, Islas Marianas del Norte y Samoa Estadounidense");
    const english = placeWordsIn(siteI18n, "en", data!.states);
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Dane", "Rock"], state: ["WI"] }), english), "Dane and Rock Counties, Wisconsin");
    const view = allianceView(loadedAlliance({ state: ["DC"], city: "Washington" }), data!.states, kinds, "2026-11-26", "en", [english, spanish]);
    assert.deepEqual(view.places, { en: "Washington, District of Columbia", es: "Washington, Distrito de Columbia" });
    assert.deepEqual(view.states[0]!.names, { en: "District of Columbia", es: "Distrito de Columbia" });
    assert.equal(view.place, "Washington, District of Columbia");
  });

  it("splits events into upcoming and past around today, and flags stale verification", () => {
    const view = allianceView(
      loadedAlliance({
        verified: "2025-11-01",
        events: [
          { date: "2026-12-01T19:00", title: "Soon" },
          { date: "2026-11-26", title: "Today" },
          { date: "2026-01-05", title: "Old" },
        ],
      }),
      states,
      kinds,
      "2026-11-26",
    );
    assert.deepEqual(view.upcoming.map((e) => e.title), ["Today", "Soon"]);
    assert.deepEqual(view.past.map((e) => e.title), ["Old"]);
    assert.equal(view.verified?.stale, true);
    assert.equal(allianceView(loadedAlliance({ verified: "2026-01-01" }), states, kinds, "2026-11-26").verified?.stale, false);
    assert.equal(view.icsUrl, "/alliances/test/events.ics");
  });

  it("groups members by kind in the order of member-kinds.yaml", () => {
    const view = allianceView(
      loadedAlliance({ members: [{ name: "Rotary", kind: "civic" }, { name: "Church", kind: "faith" }, { name: "Lions", kind: "civic" }] }),
      states,
      kinds,
      "2026-11-26",
    );
    assert.deepEqual(view.memberGroups.map((g) => [g.label, g.members.map((m) => m.name)]), [
      ["Faith communities", ["Church"]],
      ["Civic clubs", ["Rotary", "Lions"]],
    ]);
  });

  it("builds a tel: link from any written phone number", () => {
    const view = allianceView(loadedAlliance({ contact: { name: "Pat", email: "p@example.org", phone: "(612) 555-0199" } }), states, kinds, "2026-11-26");
    assert.equal(view.contact.tel, "tel:6125550199");
  });

  it("places an alliance by its location, else its county, else its state", () => {
    assert.equal(pointOf(loadedAlliance({ location: { lat: 40, lon: -89 } }), states)?.source, "location");
    const cook = pointOf(loadedAlliance({ scope: "county", county: ["Cook County"] }), states);
    assert.equal(cook?.source, "county");
    assert.ok(Math.abs(cook!.lat - 41.84) < 0.3 && Math.abs(cook!.lon + 87.82) < 0.3);
    assert.equal(pointOf(loadedAlliance({ scope: "county", county: ["Nowhere"] }), states)?.source, "state");
    assert.ok(countyCentroid("27", "saint louis"), "St. Louis County, Minnesota by another spelling");
  });

  it("projects the lower 48, Alaska and Hawaii onto the map, and not Puerto Rico", () => {
    assert.ok(project(41.88, -87.63));
    assert.ok(project(61.2, -149.9));
    assert.ok(project(21.3, -157.85));
    assert.equal(project(18.47, -66.1), undefined);
  });

  it("escapes JSON-LD so a name cannot close its script element", () => {
    const view = allianceView(loadedAlliance({ name: "</script><script>alert(1)</script>" }), states, kinds, "2026-11-26");
    const json = allianceJsonLd(view, "https://example.org");
    assert.ok(!json.includes("</script>"));
    assert.equal(JSON.parse(json).name, "</script><script>alert(1)</script>");
  });
});

describe("directory", () => {
  it("lists a regional alliance under each of its states and counts by status", () => {
    const directory = buildDirectory(
      [
        loadedAlliance({ slug: "ports", name: "Twin Ports", scope: "region", region: "Twin Ports", state: ["MN", "WI"], status: "forming" }),
        loadedAlliance({ slug: "spring", name: "Springfield" }),
      ],
      states,
      kinds,
      "2026-11-26",
    );
    const byCode = Object.fromEntries(directory.states.map((s) => [s.code, s]));
    assert.deepEqual(byCode.MN!.alliances.map((a) => a.slug), ["ports"]);
    assert.deepEqual(byCode.WI!.alliances.map((a) => a.slug), ["ports"]);
    assert.equal(byCode.PR!.counts.total, 0);
    assert.deepEqual(directory.counts, { total: 2, active: 1, forming: 1, dormant: 0 });
    assert.deepEqual(directory.states.map((s) => s.name), ["Illinois", "Minnesota", "Puerto Rico", "Wisconsin"]);
  });
});

describe("map markers", () => {
  const placed = (count: number, spread: number): Placed[] =>
    Array.from({ length: count }, (_, i) => ({
      alliance: allianceView(loadedAlliance({ slug: `a${i}`, name: `Alliance ${i}` }), states, kinds, "2026-11-26"),
      xy: [100 + ((i * 37) % spread), 100 + ((i * 53) % spread)] as [number, number],
    }));

  it("gives every alliance its own marker up to the limit", () => {
    const groups = groupMarkers(placed(MAX_MARKERS, 800));
    assert.equal(groups.length, MAX_MARKERS);
    assert.ok(groups.every((group) => group.length === 1));
  });

  it("groups nearby alliances above the limit, keeping every alliance in exactly one group, the same way every time", () => {
    const many = placed(2000, 700);
    const groups = groupMarkers(many);
    assert.ok(groups.length <= MAX_MARKERS && groups.length > MAX_MARKERS / 4, `${groups.length} groups`);
    assert.deepEqual(groups.flat().map((entry) => entry.alliance.slug).sort(), many.map((entry) => entry.alliance.slug).sort());
    assert.deepEqual(groups, groupMarkers(many));
  });

  it("links a group to its state's page and every lone alliance to its own", () => {
    const many = Array.from({ length: MAX_MARKERS + 1 }, (_, i) =>
      allianceView(loadedAlliance({ slug: `a${i}`, name: `Alliance ${i}`, location: { lat: 41.88, lon: -87.63 + (i === 0 ? 10 : 0) } }), states, kinds, "2026-11-26"),
    );
    const svg = renderMap({ states: [], alliances: many, fipsOf: () => undefined, words: mapWordsIn(siteI18n, "en") });
    assert.match(svg, /<a href="\/states\/il\/" aria-label="300 nearby alliances in Illinois \(the Illinois page\)" class="map-marker map-marker--group">/);
    assert.match(svg, /<a href="\/alliances\/a0\/" aria-label="Alliance 0 \(active\)" class="map-marker map-marker--active">/);
  });

  it("speaks the page's language: Spanish words, Spanish state names, links to the Spanish pages", () => {
    const spanish = [placeWordsIn(siteI18n, "en", states), placeWordsIn(siteI18n, "es", { ...states, IL: { name: "Ilinóis", fips: "17", kind: "state" } })];
    const many = Array.from({ length: MAX_MARKERS + 1 }, (_, i) =>
      allianceView(loadedAlliance({ slug: `a${i}`, name: `Alliance ${i}`, location: { lat: 41.88, lon: -87.63 + (i === 0 ? 10 : 0) } }), states, kinds, "2026-11-26", "en", spanish),
    );
    const svg = renderMap({ states: [], alliances: many, fipsOf: () => undefined, words: mapWordsIn(siteI18n, "es") });
    assert.match(svg, /aria-label="Mapa de las alianzas en Estados Unidos"/);
    assert.match(svg, /<a href="\/es\/states\/il\/" aria-label="300 alianzas cercanas en Ilinóis \(la página de Ilinóis\)" class="map-marker map-marker--group">/);
    assert.match(svg, /<a href="\/es\/alliances\/a0\/" aria-label="Alliance 0 \(activa\)" class="map-marker map-marker--active">/);
  });
});

describe("calendars", () => {
  const event = (date: string, zone: string | undefined, title: string, place?: string) => ({ date, ...eventTime(date, zone), title, place });

  it("writes iCalendar that ical.js reads: escaped text, zoned and all-day events, CRLF, folded lines", () => {
    const ics = calendar("Test", [
      { uid: "a@example.org", organizer: "X", pageUrl: "https://example.org/a/", event: event("2027-01-20T19:00", "Pacific/Honolulu", "Talk; Q&A, with notes", "Hall " + "é".repeat(90)) },
      { uid: "b@example.org", organizer: "X", pageUrl: "https://example.org/a/", event: event("2027-02-28", undefined, "Day") },
    ], "2026-11-26");
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    assert.doesNotMatch(ics.replace(/\r\n/g, ""), /[\r\n]/, "no bare CR or LF");
    for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    const calendarComponent = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendarComponent.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const [timed, allDay] = calendarComponent.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    assert.equal(timed!.summary, "Talk; Q&A, with notes");
    assert.equal(timed!.location, "Hall " + "é".repeat(90));
    assert.equal(timed!.startDate.zone?.tzid, "Pacific/Honolulu");
    assert.equal(timed!.startDate.toJSDate().toISOString(), "2027-01-21T05:00:00.000Z");
    assert.equal(timed!.endDate.toJSDate().toISOString(), "2027-01-21T07:00:00.000Z");
    assert.equal(allDay!.startDate.isDate, true);
    assert.equal(allDay!.startDate.toString(), "2027-02-28");
    assert.equal(calendarComponent.getFirstSubcomponent("vevent")!.getFirstPropertyValue("dtstamp")!.toString(), "2026-11-26T00:00:00Z");
  });

  it("folds between characters, never inside one, and keeps URLs as written (a URI value is not escaped text)", () => {
    const title = `${"x".repeat(60)} Café 🎉🎉🎉 “ñandú” 中文\nline two, ${"🌎".repeat(30)}`;
    const url = "https://example.org/events?ids=1,2;3";
    const ics = calendar("Alianza de Café, Puerto Rico", [{ uid: "c@example.org", organizer: "X", pageUrl: "https://example.org/a/", event: { ...event("2027-01-20T19:00", "America/Puerto_Rico", title), url } }], "2026-11-26");
    const lines = ics.split("\r\n");
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    assert.ok(lines.some((line) => line.startsWith(" ")), "long lines are folded");
    assert.doesNotMatch(ics, /\uFFFD/);
    const parsed = new ICAL.Component(ICAL.parse(ics));
    const vevent = parsed.getFirstSubcomponent("vevent")!;
    assert.equal(vevent.getFirstPropertyValue("summary"), title);
    assert.equal(vevent.getFirstPropertyValue("url"), url);
    // RFC 7986's NAME and X-WR-CALNAME are read as written (ical.js, like calendar apps, does not unescape them).
    assert.equal(parsed.getFirstPropertyValue("name"), "Alianza de Café, Puerto Rico");
    assert.equal(parsed.getFirstPropertyValue("x-wr-calname"), "Alianza de Café, Puerto Rico");
  });

  it("formats event dates in words, with the zone of a time", () => {
    assert.equal(formatEventDate("2027-01-20T19:00", "America/Chicago"), "Wednesday, January 20, 2027, 7:00 pm CT");
    assert.equal(formatEventDate("2027-07-20T18:00", "Pacific/Honolulu"), "Tuesday, July 20, 2027, 6:00 pm HST");
    assert.equal(formatEventDate("2027-01-01"), "Friday, January 1, 2027");
    assert.equal(formatEventDate("2027-01-01T00:30", "America/Puerto_Rico"), "Friday, January 1, 2027, 12:30 am AST");
    assert.equal(formatEventDate("2027-01-01T09:00", "Pacific/Guam"), "Friday, January 1, 2027, 9:00 am GMT+10");
    assert.throws(() => formatEventDate("2027-01-01T09:00"), /needs a time zone/);
  });

  it("gives each time a full ISO 8601 offset, daylight saving time included", () => {
    assert.equal(eventTime("2027-01-20T19:00", "America/New_York").start, "2027-01-20T19:00:00-05:00");
    assert.equal(eventTime("2027-07-20T19:00", "America/New_York").start, "2027-07-20T19:00:00-04:00");
    assert.equal(eventTime("2027-07-20T19:00", "America/Phoenix").start, "2027-07-20T19:00:00-07:00");
    assert.equal(eventTime("2027-07-20T23:30", "America/Chicago").end, "2027-07-20T23:59:00-05:00", "the guessed end stays on the same day");
    assert.deepEqual(eventTime("2027-02-28", "America/Chicago"), { start: "2027-02-28", allDay: true, instant: Date.parse("2027-02-28T06:00:00Z"), when: "Sunday, February 28, 2027", timeZone: "America/Chicago" });
  });
});
