// kits/manifest.json: written in one step, read back, and a broken one means "print everything".
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { readManifest, writeManifest, type Manifest } from "../../src/kits/manifest.ts";

const folder = mkdtempSync(path.join(tmpdir(), "kits-manifest-"));
after(() => rmSync(folder, { recursive: true, force: true }));

const manifest: Manifest = {
  kits: [{ id: "a", file: "kits/a.pdf", url: "/kits/a.pdf", title: "A", description: "An A.", hash: "0".repeat(64), pages: 6, bytes: 81_000, text: "A\nSign-up sheet" }],
};

describe("kit manifest", () => {
  it("is empty when there is none", () => {
    assert.deepEqual(readManifest(folder), { manifest: { kits: [] } });
  });

  it("reads back what was written, leaving no temporary file", () => {
    writeManifest(path.join(folder), manifest);
    assert.deepEqual(readManifest(folder), { manifest });
    assert.deepEqual(readdirSync(path.join(folder, "kits")), ["manifest.json"]);
  });

  it("reports a broken one and treats it as empty", () => {
    const other = mkdtempSync(path.join(folder, "broken-"));
    mkdirSync(path.join(other, "kits"));
    writeFileSync(path.join(other, "kits", "manifest.json"), "{ not json");
    const broken = readManifest(other);
    assert.deepEqual(broken.manifest, { kits: [] });
    assert.match(broken.problem ?? "", /^kits\/manifest\.json: found text that is not JSON/);
    writeFileSync(path.join(other, "kits", "manifest.json"), JSON.stringify({ kits: [{ id: "a" }] }));
    const wrong = readManifest(other);
    assert.deepEqual(wrong.manifest, { kits: [] });
    assert.equal(wrong.problem, "kits/manifest.json: kits[0].file: found nothing; expected text (the field is required) (and 7 more)");
  });
});
