// "Near me": distances and the ZIP table.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { milesBetween, nearest, zipShard } from "../../assets/js/nearest.js";
import { writeZipShards, zipShards } from "../../src/alliances/near-me.ts";

describe("near me", () => {
  it("measures great-circle distances in miles", () => {
    const chicago = { lat: 41.8781, lon: -87.6298 };
    const minneapolis = { lat: 44.9778, lon: -93.265 };
    assert.ok(Math.abs(milesBetween(chicago, minneapolis) - 355) < 5);
    assert.equal(milesBetween(chicago, chicago), 0);
  });

  it("orders places nearest first and keeps only as many as asked", () => {
    const places = [
      { name: "far", lat: 47.6, lon: -122.3 },
      { name: "near", lat: 41.9, lon: -87.7 },
      { name: "middle", lat: 44.98, lon: -93.27 },
    ];
    const result = nearest(places, { lat: 41.88, lon: -87.63 }, 2);
    assert.deepEqual(result.map((p: { name: string }) => p.name), ["near", "middle"]);
  });

  it("shards ZIP codes by their first three digits and rejects anything else", () => {
    assert.equal(zipShard("60601"), "606");
    assert.equal(zipShard("6060"), undefined);
    assert.equal(zipShard("abcde"), undefined);
  });

  it("builds the ZIP table from the zipcodes dataset", () => {
    const shards = zipShards();
    assert.ok(shards.size > 800, `only ${shards.size} shards`);
    const chicago = JSON.parse(shards.get("606")!) as Record<string, [number, number]>;
    const [lat, lon] = chicago["60601"]!;
    assert.ok(Math.abs(lat - 41.886) < 0.05 && Math.abs(lon + 87.618) < 0.05);
  });

  it("writes the ZIP table into a build from a cache made once per version of the dataset", () => {
    const root = mkdtempSync(path.join(tmpdir(), "near-me-"));
    try {
      const cache = path.join(root, "cache");
      const written = writeZipShards(path.join(root, "one"), cache);
      assert.equal(written, zipShards().size);
      assert.equal(readFileSync(path.join(root, "one", "near-me", "zip", "606.json"), "utf8"), zipShards().get("606"));
      const [folder] = readdirSync(cache);
      // The second build copies from the cache instead of splitting the dataset again.
      writeFileSync(path.join(cache, folder!, "606.json"), "{}");
      writeZipShards(path.join(root, "two"), cache);
      assert.equal(readFileSync(path.join(root, "two", "near-me", "zip", "606.json"), "utf8"), "{}");
      // A cache missing files is made again.
      rmSync(path.join(cache, folder!, "606.json"));
      writeZipShards(path.join(root, "three"), cache);
      assert.equal(readFileSync(path.join(root, "three", "near-me", "zip", "606.json"), "utf8"), zipShards().get("606"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
