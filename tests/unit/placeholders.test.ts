// Placeholders in the kits' words (data/kits.yaml, data/agendas.yaml).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fillPlaceholders, placeholdersIn } from "../../src/text/placeholders.ts";

describe("placeholders", () => {
  it("fills each placeholder, and an unknown or missing one with nothing", () => {
    assert.equal(fillPlaceholders("Join {alliance} in {place}.", { alliance: "Twin Ports Alliance", place: "Duluth" }), "Join Twin Ports Alliance in Duluth.");
    assert.equal(fillPlaceholders("Join {alliance}.", {}), "Join .");
  });

  it("leaves out a bracketed part whose placeholder has no value, and keeps brackets without one", () => {
    const intro = "A meeting of {alliance}[ ({meetings})]. Bring [your phone].";
    assert.equal(fillPlaceholders(intro, { alliance: "X", meetings: "Mondays" }), "A meeting of X (Mondays). Bring [your phone].");
    assert.equal(fillPlaceholders(intro, { alliance: "X" }), "A meeting of X. Bring [your phone].");
  });

  it("does not fill placeholders inside a value", () => {
    assert.equal(fillPlaceholders("{event}[, at {place}]", { event: "Talk on {place}", place: "Library" }), "Talk on {place}, at Library");
  });

  it("lists the placeholders a text uses", () => {
    assert.deepEqual(placeholdersIn("{event}[, at {place}] {Event} {}"), ["event", "place"]);
  });
});
