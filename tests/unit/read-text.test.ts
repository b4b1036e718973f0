// Files as editors really save them: BOM and CRLF read like their tidy twin; other encodings, hostile YAML and huge files fail with a clear problem.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { parseMarkdownFile } from "../../src/content/front-matter.ts";
import { readMarkdownFile } from "../../src/content/read-source.ts";
import { decodeText, firstInvalidUtf8, MAX_FILE_BYTES, readText } from "../../src/content/read-text.ts";
import { readYamlFile } from "../../src/content/read-source.ts";
import { MAX_ALIASES, MAX_DEPTH, parseYaml } from "../../src/content/yaml-source.ts";
import { formatProblem } from "../../src/validation/problem.ts";

const FILE = "content/alliances/test.md";
const tidy = "---\ntitle: Café night\nitems:\n  - one\n  - two\nstory: |\n  Line one\n  line two\n---\nThe body.\n\nSecond paragraph.\n";
const bytes = (text: string) => new TextEncoder().encode(text);
const windows = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text.replace(/\n/g, "\r\n"))]);

describe("reading a file's text", () => {
  it("reads a file saved with a byte-order mark and CRLF line endings exactly like its tidy twin", () => {
    const read = decodeText(windows(tidy), FILE);
    assert.deepEqual(read, { text: tidy, problems: [] });
    const twin = parseMarkdownFile(read.text!, FILE);
    const original = parseMarkdownFile(tidy, FILE);
    assert.deepEqual(twin.data, original.data);
    assert.equal(twin.body, original.body);
    assert.equal(twin.lineOf(["items", 1]), original.lineOf(["items", 1]));
  });

  it("reads old Mac line endings (CR alone) as line breaks too", () => {
    assert.equal(decodeText(bytes("a: 1\rb: 2\r"), FILE).text, "a: 1\nb: 2\n");
  });

  it("names the line and the byte of a Windows-1252 file, and says to save it as UTF-8", () => {
    // "Café" saved as Windows-1252: é is the single byte 0xE9.
    const latin = new Uint8Array([...bytes("---\nname: Springfield\ncity: Caf"), 0xe9, ...bytes("\n---\n")]);
    const { text, problems } = decodeText(latin, FILE);
    assert.equal(text, undefined);
    assert.equal(
      formatProblem(problems[0]!),
      `${FILE}:3: found the byte 0xE9, which is not UTF-8 (the file looks saved as Windows-1252 or Latin-1, where it is “é”); expected UTF-8 text: save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)`,
    );
  });

  it("shows Word's curly quotes as Windows-1252 has them", () => {
    const quoted = new Uint8Array([...bytes("summary: "), 0x93, ...bytes("Justice"), 0x94, 0x0a]);
    assert.match(formatProblem(decodeText(quoted, FILE).problems[0]!), /:1: found the byte 0x93, which is not UTF-8 \(the file looks saved as Windows-1252 or Latin-1, where it is ““”\)/);
  });

  it("refuses UTF-16 (Notepad's \"Unicode\"), with or without a byte-order mark", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("a: 1\n", "utf16le")]);
    assert.match(formatProblem(decodeText(utf16, FILE).problems[0]!), /found UTF-16 text \(it starts with the byte-order mark FF FE\); expected UTF-8 text: save the file as UTF-8/);
    const bare = new Uint8Array(Buffer.from("a: 1\nb: 2\n", "utf16le"));
    assert.match(formatProblem(decodeText(bare, FILE).problems[0]!), /:1: found a NUL character \(the file looks like UTF-16 without a byte-order mark/);
  });

  it("finds the first byte that is not well-formed UTF-8", () => {
    const cases: [number[], number][] = [
      [[0x61, 0x62], -1],
      [[0x61, 0xc3, 0xa9], -1], // é
      [[0xf0, 0x9f, 0x98, 0x80], -1], // an emoji
      [[0x61, 0xe9, 0x62], 1], // Latin-1 é
      [[0xc0, 0xaf], 0], // an overlong "/"
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0x61, 0xe2, 0x82], 1], // cut short at the end
      [[0xf5, 0x80, 0x80, 0x80], 0], // beyond U+10FFFF
    ];
    for (const [input, offset] of cases) assert.equal(firstInvalidUtf8(new Uint8Array(input)), offset, JSON.stringify(input));
  });
});

describe("files on disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "read-text-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a very large file before reading it", () => {
    const big = path.join(dir, "big.yaml");
    writeFileSync(big, `items:\n${"  - filler text to make the file large\n".repeat(Math.ceil(MAX_FILE_BYTES / 38) + 10)}`);
    const { text, problems } = readText(big, "data/big.yaml");
    assert.equal(text, undefined);
    assert.match(formatProblem(problems[0]!), /^data\/big\.yaml: found a file of 1\.0 MB; expected at most 1 MB/);
  });

  it("reads Markdown and YAML files through the same reader", () => {
    const md = path.join(dir, "post.md");
    writeFileSync(md, windows(tidy));
    assert.equal(readMarkdownFile(md, FILE).body, parseMarkdownFile(tidy, FILE).body);
    const yaml = path.join(dir, "list.yaml");
    writeFileSync(yaml, windows("- a\n- b\n"));
    assert.deepEqual(readYamlFile(yaml, "data/list.yaml").data, ["a", "b"]);
    writeFileSync(yaml, new Uint8Array([0x2d, 0x20, 0xe9, 0x0a]));
    assert.match(formatProblem(readYamlFile(yaml, "data/list.yaml").problems[0]!), /^data\/list\.yaml:1: found the byte 0xE9/);
  });
});

describe("hostile YAML", () => {
  // Each returns a problem quickly; the test runner's timeout bounds "quickly" without timing anything.
  it("refuses an alias bomb (billion laughs) without expanding it", { timeout: 10_000 }, () => {
    let bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      bomb += `${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]\n`;
    }
    const source = parseYaml(bomb, "data/bomb.yaml");
    assert.equal(source.data, undefined);
    assert.equal(
      formatProblem(source.problems[0]!),
      `data/bomb.yaml: found aliases expanding to too much data (more than ${MAX_ALIASES} uses of \`*name\`: an "alias bomb"); expected a small, plain YAML file: front matter and data files nest a few levels and need no aliases`,
    );
  });

  it("still reads a few ordinary aliases", () => {
    assert.deepEqual(parseYaml("base: &b { a: 1 }\ncopy: *b\n", "data/x.yaml").data, { base: { a: 1 }, copy: { a: 1 } });
  });

  it("refuses very deep nesting, in flow and block style, at any depth that would exhaust the stack", { timeout: 10_000 }, () => {
    const deepFlow = `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`;
    const deepBlock = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    const justTooDeep = `a: ${"[".repeat(MAX_DEPTH + 1)}${"]".repeat(MAX_DEPTH + 1)}\n`;
    for (const text of [deepFlow, deepBlock, justTooDeep]) {
      const source = parseYaml(text, "data/deep.yaml");
      assert.equal(source.data, undefined);
      assert.equal(source.problems.length, 1);
      assert.match(formatProblem(source.problems[0]!), new RegExp(`^data/deep\\.yaml: found YAML nested more than ${MAX_DEPTH} levels deep;`));
    }
    assert.deepEqual(parseYaml(`a: ${"[".repeat(10)}1${"]".repeat(10)}\n`, "data/ok.yaml").problems, []);
  });
});
