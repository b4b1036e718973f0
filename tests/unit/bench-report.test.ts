// The benchmark's pure parts: reading the build's reports and the kits' summary line, sampling kits, process trees,
// page weight helpers, option parsing and the tables it prints.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { cpuTimes, descendants, kilobytesField, parentPid, processMemory, treeMemory } from "../../src/bench/measure.ts";
import { parseSizes } from "../../src/bench/options.ts";
import {
  buildStages,
  buildTable,
  formatTable,
  kitSample,
  kitsTable,
  median,
  parseBareIndexed,
  parseKitsSummary,
  parsePreviewsSummary,
  readerTable,
  serveEditTable,
  type SizeResult,
} from "../../src/bench/report.ts";
import { scriptCount, stylesheets, transferSize } from "../../src/bench/weight.ts";
import type { BuildReport } from "../../src/build/pipeline.ts";

const run = (seconds: number, peakMiB?: number) => ({ seconds, runs: [seconds], peakMiB, cpuBusy: 0.5 });

const result: SizeResult = {
  label: "5000",
  alliances: 5000,
  baseline: { pages: 5010, indexed: 5010, eleventy: run(4.2, 290), pagefind: run(7.1, 410), totalSeconds: 11.3 },
  build: { ...run(33.9, 1210), check: 2.9, site: 16.4, search: 12.2, files: 18967, indexed: 5075 },
  ratio: 3,
  kits: {
    total: 5002,
    selection: "51/51",
    printed: 98,
    first: { ...run(34), kitSeconds: 32.5 },
    rerun: { ...run(1.6), kitSeconds: 0.1, unchanged: 98 },
    perSecond: 3.02,
    fullFirstSeconds: 1657.8,
    fullRerunSeconds: undefined,
    extrapolated: true,
    failed: 0,
  },
  page: { url: "/handbook/what-is-an-alliance/", gzipBytes: 8450, htmlBytes: 15786, cssBytes: 11323, scripts: 0 },
  search: { query: "chicago", results: 3, transferBytes: 160_000, interfaceBytes: 47_400, engineBytes: 148_000, files: [{ path: "/pagefind/pagefind.js", transfer: 13_378 }] },
};

describe("reading the scripts' output", () => {
  it("takes the median stage times and the last build's counts from the builds' --json reports", () => {
    const report = (check: number, site: number, search: number, files: number): BuildReport => ({
      check: { seconds: check, chapters: 10, news: 4, alliances: 2000 },
      site: { seconds: site, files },
      extra: { seconds: 0 },
      search: { seconds: search, pages: files - 5564, kits: 0 },
      seconds: check + site + search,
    });
    const reports = [report(3.9, 17.8, 5.0, 7639), report(3.7, 17.3, 5.2, 7639), report(4.4, 16.9, 6.1, 7640)];
    assert.deepEqual(buildStages(reports), { check: 3.9, site: 17.3, search: 5.2, files: 7640, indexed: 2076 });
    assert.deepEqual(buildStages([]), {});
  });

  it("takes how many pages bare Pagefind indexed from its line", () => {
    assert.equal(parseBareIndexed("pagefind: indexed 10020 pages\n"), 10020);
    assert.equal(parseBareIndexed(""), undefined);
  });

  it("takes the counts and time from the kits' summary line", () => {
    const output = "kits: [3/3] kits/a.pdf (6 pages, 78 KB, 0.4 s)\nkits: 12 printed, 3 unchanged, 0 failed (4.2 s)\n";
    assert.deepEqual(parseKitsSummary(output), { printed: 12, unchanged: 3, failed: 0, seconds: 4.2 });
    assert.deepEqual(parseKitsSummary("kits: 0 printed, 5 unchanged, 1 failed (0.1 s); failed: kits/b.pdf (boom)"), {
      printed: 0,
      unchanged: 5,
      failed: 1,
      seconds: 0.1,
    });
    assert.equal(parseKitsSummary("kits: no rendered site"), undefined);
  });

  it("takes the link previews' count and time from their line, apart from the kits'", () => {
    const output = "kits: 104 printed, 0 unchanged, 0 failed (21.3 s)\npreviews: 226 taken, 4 unchanged (9.8 s)\n";
    assert.deepEqual(parsePreviewsSummary(output), { taken: 226, unchanged: 4, seconds: 9.8 });
    assert.equal(parsePreviewsSummary("kits: 104 printed, 0 unchanged, 0 failed (21.3 s)\n"), undefined);
  });
});

describe("kit samples", () => {
  it("print everything up to the limit, else the last of n shards of about a hundred", () => {
    assert.equal(kitSample(102, 200), undefined);
    assert.equal(kitSample(5002, "all"), undefined);
    // Shard n/n holds indexes n-1, 2n-1, …: never the handbook (0), and not the founder kit (1) from n = 3.
    assert.deepEqual(kitSample(5002, 1100), { shard: "51/51", kits: 98 });
    assert.deepEqual(kitSample(150, 100), { shard: "2/2", kits: 75 });
    assert.deepEqual(kitSample(502, 20), { shard: "26/26", kits: 19 }, "a limit below the usual sample is the sample");
    for (const [total, limit] of [[5002, 1100], [1002, 30], [503, 7]] as const) {
      const { shard, kits } = kitSample(total, limit)!;
      const n = Number(shard.split("/")[0]);
      assert.equal(kits, Array.from({ length: total }, (_, i) => i).filter((i) => i % n === n - 1).length);
    }
  });
});

describe("process trees and /proc", () => {
  it("reads the parent pid even when the command name has spaces and parentheses", () => {
    assert.equal(parentPid("4242 (node) S 4200 4242 18860 0 -1 4194304 130 0"), 4200);
    assert.equal(parentPid("77 (Web Content (x)) R 1 77 77 0 -1"), 1);
  });

  it("lists a process and all its descendants", () => {
    const parents = new Map([[2, 1], [3, 2], [4, 2], [5, 9], [6, 4]]);
    assert.deepEqual(descendants(2, parents).sort(), [2, 3, 4, 6]);
    assert.deepEqual(descendants(5, parents), [5]);
  });

  it("counts every process's private memory, and shared pages once", () => {
    const status = "Name:\tchromium\nVmRSS:\t  300 kB\nRssAnon:\t  100 kB\nRssFile:\t  150 kB\nRssShmem:\t  50 kB\n";
    assert.deepEqual(processMemory(status), { anonymous: 100 * 1024, shared: 200 * 1024 });
    assert.equal(processMemory(""), undefined, "a process that has gone");
    const chromium = [processMemory(status)!, processMemory(status)!, { anonymous: 10 * 1024, shared: 20 * 1024 }];
    assert.equal(treeMemory(chromium), (100 + 100 + 10 + 200) * 1024);
    assert.equal(treeMemory([]), 0);
  });

  it("reads kB fields and the cores' idle share", () => {
    assert.equal(kilobytesField("Rss:  1696 kB\nPss:   335 kB\n", "Pss"), 335 * 1024);
    assert.equal(kilobytesField("Rss:  1696 kB\n", "Pss"), undefined);
    assert.deepEqual(cpuTimes("cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 50 0 25 400 25 0 0 0 0 0"), { idle: 850, total: 1000 });
    assert.equal(cpuTimes("intr 1 2 3"), undefined);
  });
});

describe("page weight helpers", () => {
  it("find the stylesheets and the scripts that run (not JSON data blocks)", () => {
    const html = `<link rel="stylesheet" href="/assets/css/site.css"><link rel=icon href=/f.svg><link href="/x.css" rel="stylesheet">
      <script type="application/ld+json">{}</script><script type="module" src="/a.js"></script><script>1</script>`;
    assert.deepEqual(stylesheets(html), ["/assets/css/site.css", "/x.css"]);
    assert.equal(scriptCount(html), 2);
    assert.equal(scriptCount('<script type="application/json">[]</script>'), 0);
  });

  it("count what a gzipping server sends: never more than the file", () => {
    const text = Buffer.from("alliance ".repeat(1000));
    assert.equal(transferSize(text), gzipSync(text, { level: 9 }).length);
    const compressed = gzipSync(text);
    assert.equal(transferSize(compressed), compressed.length);
  });
});

describe("options", () => {
  it("accept a list of sizes and reject anything else", () => {
    assert.deepEqual(parseSizes("100,1000,5000"), [100, 1000, 5000]);
    assert.deepEqual(parseSizes(" 2_000 , 5000"), [2000, 5000]);
    for (const bad of ["", "100,", "x", "0", "100,-5", "1.5", "60000"]) assert.equal(parseSizes(bad), undefined, bad);
  });
});

describe("tables", () => {
  it("align columns, right-aligning those marked with >", () => {
    assert.equal(
      formatTable(["name", ">n"], [["a", "1"], ["long name", "12345"]]),
      ["| name      |     n |", "| --------- | ----: |", "| a         |     1 |", "| long name | 12345 |"].join("\n"),
    );
  });

  it("show measured and extrapolated figures with the targets' verdicts", () => {
    const build = buildTable([result]);
    assert.match(build, /\| 5,000 +\| +18,967 \/ 5,010 \| +5,075 \/ 5,010 \|/);
    assert.match(build, /33\.9 s/);
    assert.match(build, /2\.9 \/ 16\.4 \/ 12\.2/);
    assert.match(build, /3\.00× ✗/);
    assert.match(build, /1210 MiB \/ 410 MiB/);
    const kits = kitsTable([result]);
    assert.match(kits, /98 \(shard 51\/51\)/);
    assert.match(kits, /~1657\.8 s/);
    assert.match(kits, /\| +– \|/, "a sample's re-run says nothing of the whole plan's");
    assert.match(kitsTable([{ ...result, kits: { ...result.kits!, extrapolated: false, fullRerunSeconds: 3.37 } }]), /3\.37 s ✗/);
    assert.match(kitsTable([{ ...result, kits: { ...result.kits!, extrapolated: false, fullRerunSeconds: 1.2 } }]), /1\.20 s ✓/, "the target is 1.5 s");
    const everyThousand = [
      { printed: 1000, peakMiB: 1010.4 },
      { printed: 2000, peakMiB: 1022 },
    ];
    assert.match(kitsTable([{ ...result, kits: { ...result.kits!, peakAtPrinted: everyThousand } }]), /\| 1,000: 1010 MiB, 2,000: 1022 MiB \|/, "how the peak grew as kits were printed");
    const reader = readerTable([result]);
    assert.match(reader, /8\.3 KB ✓/);
    assert.match(reader, /156\.3 KB ✗ \| +46\.3 KB \| +3 \| +144\.5 KB \|/, "the search page's, Pagefind's interface apart, the results shown, the engine's alone");
    assert.equal(kitsTable([{ ...result, kits: undefined }]), "");
    const serveEdit = serveEditTable([{ ...result, serveEdit: { alliance: "chicago", served: [1.2, 0.9, 1.4], servedSeconds: 1.2, indexed: [9.1, 8.8, 9.4], indexedSeconds: 9.1 } }]);
    assert.match(serveEdit, /\| 5,000 +\| +1\.20 s ✓ \| +1\.20, 0\.90, 1\.40 \| +9\.10 s \|/);
    assert.match(serveEditTable([{ ...result, serveEdit: { alliance: "chicago", served: [4], servedSeconds: 4, indexed: [], indexedSeconds: undefined } }]), /4\.00 s ✗/);
    assert.equal(serveEditTable([result]), "");
  });

  it("take the median of an odd or even number of runs", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
});
