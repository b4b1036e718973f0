// kits/manifest.json and kits/texts.json: written together, read back, and a broken or lone manifest means "print everything".
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { printedKits, readManifest, withTexts, writeManifest, type PrintedKit } from "../../src/kits/manifest.ts";

const folder = mkdtempSync(path.join(tmpdir(), "kits-manifest-"));
after(() => rmSync(folder, { recursive: true, force: true }));

const printed: PrintedKit = { id: "a", file: "kits/a.pdf", url: "/kits/a.pdf", title: "A", description: "An A.", hash: "0".repeat(64), pages: 6, bytes: 81_000, text: "A\nSign-up sheet" };
const { text: _text, ...entry } = printed;

describe("kit manifest", () => {
  it("is empty when there is none", () => {
    assert.deepEqual(readManifest(folder), { manifest: { kits: [] } });
  });

  it("reads back what was written, the texts apart, leaving no temporary file", () => {
    writeManifest(folder, { kits: [printed] });
    assert.deepEqual(readManifest(folder), { manifest: { kits: [entry] } });
    assert.deepEqual(readdirSync(path.join(folder, "kits")).sort(), ["manifest.json", "texts.json"]);
    assert.doesNotMatch(readFileSync(path.join(folder, "kits", "manifest.json"), "utf8"), /Sign-up sheet/);
    writeFileSync(path.join(folder, "kits", "a.pdf"), "%PDF-1.7");
    assert.deepEqual(printedKits(folder), [printed]);
  });

  it("takes a text only as printed with the entry's hash, this run's first", () => {
    assert.deepEqual(withTexts([entry], new Map(), folder), { kits: [printed], problems: [] });
    assert.deepEqual(withTexts([entry], new Map([["a", "Reprinted"]]), folder).kits, [{ ...printed, text: "Reprinted" }]);
    const changed = withTexts([{ ...entry, hash: "1".repeat(64) }], new Map(), folder);
    assert.deepEqual(changed.kits, []);
    assert.match(changed.problems[0] ?? "", /texts\.json: found no text for kits\/a\.pdf as printed \(hash 111111111111\)/);
  });

  it("treats a manifest without its texts as none, and search reports the missing text", () => {
    const lone = mkdtempSync(path.join(folder, "lone-"));
    writeManifest(lone, { kits: [printed] });
    writeFileSync(path.join(lone, "kits", "a.pdf"), "%PDF-1.7");
    rmSync(path.join(lone, "kits", "texts.json"));
    assert.deepEqual(readManifest(lone), { manifest: { kits: [] }, problem: "kits/texts.json: found nothing; expected the kits' texts beside kits/manifest.json" });
    assert.throws(() => printedKits(lone), /kits\/texts\.json: kits: found no text for a as printed/);
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
    assert.equal(wrong.problem, "kits/manifest.json: kits[0].file: found nothing; expected text (the field is required) (and 6 more)");
  });
});
