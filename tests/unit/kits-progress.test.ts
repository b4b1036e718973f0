// What printing shows: a bar with ETA on a terminal, plain lines in a log, one summary line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { progressBar, startProgress, summaryLine } from "../../src/kits/progress.ts";

describe("progress", () => {
  it("draws a bar with the count and an ETA from the pace so far", () => {
    assert.equal(progressBar(0, 4, 0, 8), "[--------] 0/4  ETA …");
    assert.equal(progressBar(1, 4, 2, 8), "[##------] 1/4  ETA 6 s");
    assert.equal(progressBar(3, 12, 30, 8), "[##------]  3/12  ETA 1 min 30 s");
    assert.equal(progressBar(4, 4, 9, 8), "[########] 4/4  done");
  });

  it("ends with one summary line that names each failure and its reason", () => {
    assert.equal(summaryLine({ printed: 12, unchanged: 3, failures: [] }, 4.21), "kits: 12 printed, 3 unchanged, 0 failed (4.2 s)");
    assert.equal(
      summaryLine({ printed: 1, unchanged: 0, failures: [{ file: "kits/a.pdf", reason: "requested another origin: https://cdn.example.com/x.png" }] }, 1),
      "kits: 1 printed, 0 unchanged, 1 failed (1.0 s); failed: kits/a.pdf (requested another origin: https://cdn.example.com/x.png)",
    );
  });

  it("writes plain lines when not on a terminal", () => {
    const lines: string[] = [];
    const written: string[] = [];
    const progress = startProgress(2, { tty: false, write: (text) => written.push(text), log: (line) => lines.push(line) });
    progress.printed("kits/a.pdf", "6 pages, 80 KB, 0.4 s");
    progress.failed("kits/b.pdf", "boom");
    progress.end();
    assert.deepEqual(lines, ["kits: [1/2] kits/a.pdf (6 pages, 80 KB, 0.4 s)", "kits: [2/2] kits/b.pdf failed: boom"]);
    assert.deepEqual(written, []);
  });

  it("redraws one line on a terminal, keeping failures visible above it", () => {
    const lines: string[] = [];
    const written: string[] = [];
    let now = 0;
    const progress = startProgress(2, { tty: true, write: (text) => written.push(text), log: (line) => lines.push(line) }, () => now);
    now = 1000;
    progress.printed("kits/a.pdf", "6 pages");
    progress.failed("kits/b.pdf", "boom");
    progress.end();
    assert.deepEqual(lines, ["kits: [2/2] kits/b.pdf failed: boom"]);
    assert.ok(written.some((text) => text.includes("1/2  ETA 1 s")), written.join("|"));
    assert.equal(written.at(-1), "\r\x1b[2K");
  });
});
