// Post-processing a printed PDF: bookmarks read back (for the table of contents) and repaired,
// and the document information a reader's viewer shows.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PRODUCER, setMetadata } from "../../src/kits/metadata.ts";
import { pagesForHeadings, readOutline, repairOutlineTitles } from "../../src/kits/outline.ts";

/** A three-page PDF whose outline is made the way Chromium makes it, titles and all. */
async function pdfWithOutline(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const pages = [document.addPage(), document.addPage(), document.addPage()];
  const { context } = document;
  const root = context.nextRef();
  const [first, child, second] = [context.nextRef(), context.nextRef(), context.nextRef()];
  const item = (title: string, page: number, fields: Record<string, PDFRef | number>) =>
    context.obj({ Title: PDFHexString.fromText(title), Dest: [pages[page]!.ref, "XYZ", 0, 700, 0], ...fields });
  context.assign(first, item("Coalition for theInternational Criminal Court", 0, { Parent: root, Next: second, First: child, Last: child, Count: 1 }));
  context.assign(child, item("Who we are", 1, { Parent: first }));
  context.assign(second, item("The ICC in brief", 2, { Parent: root, Prev: first }));
  context.assign(root, context.obj({ Type: "Outlines", First: first, Last: second, Count: 3 }));
  document.catalog.set(PDFName.of("Outlines"), root);
  return document.save();
}

describe("bookmarks", () => {
  it("are read with their page and depth", async () => {
    assert.deepEqual(await readOutline(await pdfWithOutline()), [
      { title: "Coalition for theInternational Criminal Court", page: 1, depth: 0 },
      { title: "Who we are", page: 2, depth: 1 },
      { title: "The ICC in brief", page: 3, depth: 0 },
    ]);
  });

  it("give the table of contents its page numbers, whitespace aside, and say what is missing", () => {
    const outline = [
      { title: "Coalition for theInternational Criminal Court", page: 1, depth: 0 },
      { title: "Who we are", page: 2, depth: 1 },
      { title: "FAQ", page: 4, depth: 0 },
      { title: "FAQ", page: 9, depth: 0 },
    ];
    const { pages, missing } = pagesForHeadings(outline, [
      { id: "coalition", text: "Coalition for the\n  International Criminal Court" },
      { id: "faq-1", text: "FAQ" },
      { id: "faq-2", text: "FAQ" },
      { id: "who", text: "Who we are" },
    ]);
    assert.deepEqual(pages, { coalition: 1, "faq-1": 4, "faq-2": 9 });
    assert.deepEqual(missing, ["Who we are"], "only top-level bookmarks count as chapters");
  });

  it("get back the spaces Chromium drops where a heading wraps", async () => {
    const document = await PDFDocument.load(await pdfWithOutline());
    repairOutlineTitles(document, ["Coalition for the International Criminal Court", "Unrelated heading"]);
    const titles = (await readOutline(await document.save())).map((entry) => entry.title);
    assert.deepEqual(titles, ["Coalition for the International Criminal Court", "Who we are", "The ICC in brief"]);
  });
});

describe("document information", () => {
  it("sets title, author, subject, keywords, language, producer and the build's date, keeping the outline", async () => {
    const document = await PDFDocument.load(await pdfWithOutline(), { updateMetadata: false });
    setMetadata(document, {
      title: "Springfield: recruitment packet",
      author: "Springfield Alliance",
      subject: "An invitation to join.",
      keywords: ["International Criminal Court", "Rome Statute"],
      language: "en-US",
    }, "2026-11-26");
    const pdf = await getDocument({ data: await document.save(), verbosity: 0 }).promise;
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    assert.equal(info.Title, "Springfield: recruitment packet");
    assert.equal(info.Author, "Springfield Alliance");
    assert.equal(info.Subject, "An invitation to join.");
    assert.equal(info.Keywords, "International Criminal Court, Rome Statute");
    assert.equal(info.Language, "en-US");
    assert.equal(info.Producer, PRODUCER);
    assert.match(String(info.CreationDate), /^D:20261126000000/);
    assert.match(String(info.ModDate), /^D:20261126000000/);
    assert.equal((await pdf.getOutline())?.length, 2);
    await pdf.destroy();
  });
});
