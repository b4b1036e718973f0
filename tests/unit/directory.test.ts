// The directory's pure core: places, events, staleness, grouping by state, map positions, calendars.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildDirectory } from "../../src/alliances/directory.ts";
import { allianceJsonLd } from "../../src/alliances/exports.ts";
import { countyCentroid, pointOf } from "../../src/alliances/geo.ts";
import { calendar } from "../../src/alliances/ics.ts";
import { groupMarkers, MAX_MARKERS, project, renderMap, type Placed } from "../../src/alliances/map.ts";
import { allianceView, placeOf } from "../../src/alliances/view.ts";
import { formatEventDate } from "../../src/dates/dates.ts";
import type { StatesTable } from "../../src/site/schema.ts";
import { loadedAlliance } from "../helpers/alliance-model.ts";

const states: StatesTable = {
  IL: { name: "Illinois", fips: "17", kind: "state" },
  WI: { name: "Wisconsin", fips: "55", kind: "state" },
  MN: { name: "Minnesota", fips: "27", kind: "state" },
  PR: { name: "Puerto Rico", fips: "72", kind: "territory" },
};
const kinds = { faith: "Faith communities", civic: "Civic clubs" };

describe("alliance view", () => {
  it("describes the place for every scope", () => {
    assert.equal(placeOf(loadedAlliance({}), states), "Springfield, Illinois");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Cook"] }), states), "Cook County, Illinois");
    assert.equal(placeOf(loadedAlliance({ scope: "county", county: ["Dane", "Rock"], state: ["WI"] }), states), "Dane and Rock Counties, Wisconsin");
    assert.equal(placeOf(loadedAlliance({ scope: "state" }), states), "Illinois (statewide)");
    assert.equal(placeOf(loadedAlliance({ scope: "region", region: "Twin Ports", state: ["MN", "WI"] }), states), "Twin Ports, Minnesota and Wisconsin");
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
    const svg = renderMap({ states: [], alliances: many, fipsOf: () => undefined });
    assert.match(svg, /<a href="\/states\/il\/" aria-label="300 nearby alliances in Illinois \(the Illinois page\)" class="map-marker map-marker--group">/);
    assert.match(svg, /<a href="\/alliances\/a0\/" aria-label="Alliance 0 \(active\)" class="map-marker map-marker--active">/);
  });
});

describe("calendars", () => {
  it("writes valid iCalendar: escaped text, folded lines, CRLF, timed and all-day events", () => {
    const ics = calendar("Test", [
      { uid: "a@example.org", organizer: "X", pageUrl: "https://example.org/a/", event: { date: "2027-01-20T19:00", when: "", title: "Talk; Q&A, with notes", place: "Hall " + "x".repeat(90) } },
      { uid: "b@example.org", organizer: "X", pageUrl: "https://example.org/a/", event: { date: "2027-02-28", when: "", title: "Day" } },
    ], new Date("2026-11-26T00:00:00Z"));
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    assert.match(ics, /SUMMARY:Talk\\; Q&A\\, with notes/);
    assert.match(ics, /DTSTART:20270120T190000\r\nDTEND:20270120T210000/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301/);
    for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
  });

  it("formats event dates in words without time-zone drift", () => {
    assert.equal(formatEventDate("2027-01-20T19:00"), "Wednesday, January 20, 2027, 7:00 pm");
    assert.equal(formatEventDate("2027-01-01"), "Friday, January 1, 2027");
    assert.equal(formatEventDate("2027-01-01T00:30"), "Friday, January 1, 2027, 12:30 am");
  });
});
