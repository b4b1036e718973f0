// The /kits/ page's placeholders, filled with page counts and sizes after printing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fillKitFacts, formatBytes, kitFacts } from "../../src/kits/index-page.ts";

describe("kit facts on /kits/", () => {
  it("formats sizes as a reader thinks of them", () => {
    const cases: [number, string][] = [
      [980, "980 bytes"],
      [1000, "1 KB"],
      [81_623, "82 KB"],
      [999_499, "999 KB"],
      [1_000_000, "1.0 MB"],
      [1_450_000, "1.4 MB"],
    ];
    for (const [bytes, expected] of cases) assert.equal(formatBytes(bytes), expected);
    assert.equal(kitFacts({ pages: 1, bytes: 5_000 }), "PDF, 1 page, 5 KB");
    assert.equal(kitFacts({ pages: 6, bytes: 81_623 }), "PDF, 6 pages, 82 KB");
  });

  it("fills the printed kits' placeholders, again after a reprint, and leaves the others", () => {
    const html = `<li><a href="/kits/a.pdf">A</a> <span class="kit-list__facts" data-kit-facts="a">PDF</span></li>
<li><a href="/kits/b.pdf">B</a> <span class="kit-list__facts" data-kit-facts="b">PDF</span></li>`;
    const once = fillKitFacts(html, new Map([["a", { pages: 6, bytes: 81_623 }]]));
    assert.match(once, /data-kit-facts="a">PDF, 6 pages, 82 KB<\/span>/);
    assert.match(once, /data-kit-facts="b">PDF<\/span>/);
    const again = fillKitFacts(once, new Map([["a", { pages: 7, bytes: 90_000 }]]));
    assert.match(again, /data-kit-facts="a">PDF, 7 pages, 90 KB<\/span>/);
  });
});
