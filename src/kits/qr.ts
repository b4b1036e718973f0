/**
 * QR codes as inline SVG, made at build time so the print page needs no script and no request.
 * One path of unit squares on a whole-module grid keeps the code sharp at any print size.
 */
import QRCode from "qrcode";
import { escapeHtml } from "../text/escape.ts";

/** The white border around the code, in modules, that scanners need (the standard asks for 4). */
export const QUIET_ZONE = 4;

/** `label` names the code for a screen reader, in the page's language (data/i18n `qr.label`). */
export function qrSvg(text: string, label = `QR code for ${text}`): string {
  // Level M survives a smudge or a fold while keeping a URL's code small.
  // One fixed mask pattern instead of scoring all eight per code (the library's default, 4× the time):
  // every mask is valid QR and decoders read any of them.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M", maskPattern: 0 });
  const size = modules.size + 2 * QUIET_ZONE;
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${squares.join("")}"/></svg>`
  );
}
