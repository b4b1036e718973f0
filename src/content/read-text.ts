/**
 * The one way a content or data file's text is read. Editors save files in many ways: Windows
 * editors add a byte-order mark and CRLF line endings (legitimate: the text is read exactly like
 * its tidy twin), others save Latin-1, Windows-1252 or UTF-16 (a problem naming the file, the
 * line of the first byte that is not UTF-8 and what to do). Very large files are refused before
 * they are read, so a pasted data dump cannot stall the build. Eleventy reads chapters and news
 * posts a second time to render them; it takes a BOM and CRLF as well (tests/build/input-files.test.ts),
 * and never sees a file this check refused, since the check runs first.
 */
import { readFileSync, statSync } from "node:fs";
import type { Problem } from "../validation/problem.ts";

/** A hundred times the longest chapter (~10 KB); small enough that no file can stall the YAML parser or the build. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface TextSource {
  /** The text with its byte-order mark removed and every line ending turned into `\n`; undefined when unreadable. */
  text: string | undefined;
  problems: Problem[];
}

const SAVE_AS_UTF8 = "UTF-8 text: save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)";
const utf8 = new TextDecoder("utf-8", { fatal: true });
/**
 * Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €…; undefined ones blank);
 * from 0xA0 it is Latin-1. Written out because Node 20's TextDecoder decodes "windows-1252" as Latin-1.
 */
const WINDOWS_1252_HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";

/** What the byte is in Windows-1252 (a superset of Latin-1), or "" when it is not a character there. */
function windows1252(byte: number): string {
  if (byte >= 0xa0) return String.fromCharCode(byte);
  const char = byte >= 0x80 ? WINDOWS_1252_HIGH[byte - 0x80]! : "";
  return char === "\u0000" ? "" : char;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The ranges of the second byte that keep sequences shortest-form and outside the surrogates (RFC 3629).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes a file's bytes; `file` is the name shown in problems. */
export function decodeText(bytes: Uint8Array, file: string): TextSource {
  const problem = (found: string, line?: number): TextSource => ({
    text: undefined,
    problems: [{ file, line, field: "", found, expected: SAVE_AS_UTF8 }],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // Notepad's "Unicode". Eleventy reads chapters and news as UTF-8 itself, so one rule for every file.
    return problem(`UTF-16 text (it starts with the byte-order mark ${bytes[0] === 0xff ? "FF FE" : "FE FF"})`);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(start));
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const at = Math.max(offset, 0);
    const byte = bytes[at] ?? 0;
    const guess = windows1252(byte);
    return problem(
      `the byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}, which is not UTF-8${guess ? ` (the file looks saved as Windows-1252 or Latin-1, where it is “${guess}”)` : ""}`,
      offset >= 0 ? lineAt(bytes, offset) : undefined,
    );
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    return problem("a NUL character (the file looks like UTF-16 without a byte-order mark, or not text at all)", text.slice(0, nul).split("\n").length);
  }
  return { text: text.replace(/\r\n?/g, "\n"), problems: [] };
}

/** Reads a content or data file; `file` is the name shown in problems (relative to the site). */
export function readText(fullPath: string, file: string): TextSource {
  const size = statSync(fullPath).size;
  if (size > MAX_FILE_BYTES) {
    return {
      text: undefined,
      problems: [
        {
          file,
          field: "",
          found: `a file of ${(size / 1024 / 1024).toFixed(1)} MB`,
          expected: `at most ${MAX_FILE_BYTES / 1024 / 1024} MB: a content or data file this large is almost certainly not meant to be one (split it, or move the data elsewhere)`,
        },
      ],
    };
  }
  return decodeText(readFileSync(fullPath), file);
}
