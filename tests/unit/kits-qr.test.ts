// The flyer's QR code, decoded from the SVG it is printed from.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import jsQRModule from "jsqr";
import { QUIET_ZONE, qrSvg } from "../../src/kits/qr.ts";

// jsqr is CommonJS typed as an ES module: under NodeNext its function is the default's `default`.
const jsQR = jsQRModule.default;

/** Draws the SVG's unit squares (`M{x} {y}h1v1h-1z`) at `scale` pixels per module, as RGBA. */
function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  const path = /<path[^>]*\bd="([^"]*)"/.exec(svg)?.[1] ?? "";
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const offset = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
    }
  }
  return { data, size };
}

describe("QR codes", () => {
  for (const url of ["https://example.org/alliances/springfield/", "https://alliances.example.org/alliances/national-capital-region/", "https://example.org/"]) {
    it(`encodes ${url} so a scanner reads it back`, () => {
      const { data, size } = rasterize(qrSvg(url));
      assert.equal(jsQR(data, size, size)?.data, url);
    });
  }

  it("is accessible SVG with a quiet zone and an escaped label", () => {
    const svg = qrSvg('https://example.org/?q="<x>"');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="qr" viewBox="0 0 (\d+) \1" role="img" aria-label="QR code for https:\/\/example\.org\/\?q=&quot;&lt;x&gt;&quot;"/);
    const firstSquare = /M(\d+) (\d+)h1v1h-1z/.exec(svg);
    assert.ok(Number(firstSquare?.[1]) >= QUIET_ZONE && Number(firstSquare?.[2]) >= QUIET_ZONE);
  });
});
