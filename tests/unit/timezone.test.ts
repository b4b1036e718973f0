// Which IANA zone an alliance's event times are in: state table, split states, statewide, override.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { load } from "js-yaml";
import { isTimeZone, stateZones } from "../../src/alliances/state-zones.ts";
import { timeZoneOf, type ZoneSource } from "../../src/alliances/timezone.ts";
import type { StatesTable } from "../../src/site/schema.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const states = load(readFileSync(`${repoRoot}data/states.yaml`, "utf8")) as StatesTable;
const city = (state: string, name: string, extra: Partial<ZoneSource> = {}): ZoneSource => ({ scope: "city", state: [state], city: name, ...extra });

describe("time zones", () => {
  it("has a valid zone for every state, district and territory in data/states.yaml", () => {
    assert.deepEqual(Object.keys(stateZones).sort(), Object.keys(states).sort());
    for (const [code, { zone }] of Object.entries(stateZones)) assert.ok(isTimeZone(zone), `${code}: ${zone}`);
  });

  it("takes a one-zone state's zone without looking anywhere", () => {
    assert.deepEqual(timeZoneOf(city("HI", "Hilo"), states), { zone: "Pacific/Honolulu", from: "state" });
    assert.deepEqual(timeZoneOf(city("PR", "Ponce"), states), { zone: "America/Puerto_Rico", from: "state" });
    assert.deepEqual(timeZoneOf(city("AZ", "Phoenix"), states), { zone: "America/Phoenix", from: "city" });
  });

  it("finds the side of a split state from the location, the county or the city", () => {
    const table: [ZoneSource, string, string][] = [
      [city("FL", "Somewhere", { location: { lat: 30.42, lon: -87.22 } }), "America/Chicago", "location"], // Pensacola
      [{ scope: "county", state: ["FL"], county: ["Bay"] }, "America/Chicago", "county"], // Panama City
      [{ scope: "county", state: ["FL"], county: ["Leon"] }, "America/New_York", "county"], // Tallahassee
      [city("KY", "Paducah"), "America/Chicago", "city"],
      [city("TN", "Knoxville"), "America/New_York", "city"],
      [{ scope: "county", state: ["TX"], county: ["El Paso"] }, "America/Denver", "county"],
      [city("ID", "Coeur d'Alene"), "America/Los_Angeles", "city"],
      [{ scope: "county", state: ["MI"], county: ["Menominee"] }, "America/Menominee", "county"],
    ];
    for (const [source, zone, from] of table) assert.deepEqual(timeZoneOf(source, states), { zone, from }, JSON.stringify(source));
  });

  it("gives a statewide alliance the zone where most of its state's people live", () => {
    assert.deepEqual(timeZoneOf({ scope: "state", state: ["TN"] }, states), { zone: "America/Chicago", from: "state" });
    assert.deepEqual(timeZoneOf({ scope: "state", state: ["FL"], location: { lat: 30.42, lon: -87.22 } }, states), { zone: "America/New_York", from: "state" });
  });

  it("falls back to the state's main zone when a split state's alliance cannot be placed", () => {
    assert.deepEqual(timeZoneOf(city("KY", "Nowhere Town"), states), { zone: "America/New_York", from: "state" });
  });

  it("lets `timezone` override, and reports the zones a region spans without one", () => {
    assert.deepEqual(timeZoneOf(city("KY", "Paducah", { timezone: "America/New_York" }), states), { zone: "America/New_York", from: "timezone" });
    assert.deepEqual(timeZoneOf({ scope: "region", state: ["MN", "WI"] }, states), { zone: "America/Chicago", from: "state" });
    assert.deepEqual(timeZoneOf({ scope: "region", state: ["KY", "TN"] }, states), { zone: undefined, spans: ["America/New_York", "America/Chicago"] });
  });

  it("accepts IANA names only", () => {
    for (const zone of ["America/Chicago", "Pacific/Honolulu", "America/Kentucky/Louisville", "America/Indiana/Indianapolis"]) assert.ok(isTimeZone(zone), zone);
    for (const zone of ["Central", "CST", "Mars/Olympus", "america/chicago", "", "UTC+5"]) assert.ok(!isTimeZone(zone), zone);
  });
});
