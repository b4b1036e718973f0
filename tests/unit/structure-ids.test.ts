import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { renumberStructureIds } from "../../src/kits/structure-ids.ts";

/** A tagged table as Chromium writes it: a header named after its DOM node, a cell naming it, the ID tree. */
async function taggedTable(node: string) {
  const document = await PDFDocument.create();
  const { context } = document;
  const root = context.obj({ Type: "StructTreeRoot" });
  const rootRef = context.register(root);
  const header = context.obj({ S: "TH", P: rootRef, ID: PDFString.of(node) });
  const headerRef = context.register(header);
  const cell = context.obj({ S: "TD", P: rootRef, A: [context.obj({ O: "Table", Headers: [PDFString.of(node)] })] });
  context.register(cell);
  root.set(PDFName.of("IDTree"), context.register(context.obj({ Names: [PDFString.of(node), headerRef] })));
  document.catalog.set(PDFName.of("StructTreeRoot"), rootRef);
  return { document, header, cell, root };
}

describe("structure element IDs", () => {
  it("are named in the document's order, whatever node counter the renderer had, with the cells and the ID tree following", async () => {
    const printed = await Promise.all(["node00003448", "node00000212"].map(taggedTable));
    for (const { document } of printed) renumberStructureIds(document);
    for (const { header, cell, root } of printed) {
      assert.equal((header.get(PDFName.of("ID")) as PDFString).decodeText(), "node00000001");
      const attributes = (cell.lookup(PDFName.of("A")) as PDFArray).lookup(0) as PDFDict;
      assert.equal(((attributes.lookup(PDFName.of("Headers")) as PDFArray).lookup(0) as PDFString).decodeText(), "node00000001");
      const names = (root.lookup(PDFName.of("IDTree")) as PDFDict).lookup(PDFName.of("Names")) as PDFArray;
      assert.equal((names.lookup(0) as PDFString).decodeText(), "node00000001");
      assert.equal(names.lookup(1), header);
    }
    const [first, second] = await Promise.all(printed.map(({ document }) => document.save({ useObjectStreams: false })));
    assert.deepEqual(Buffer.from(first!), Buffer.from(second!), "the two prints are the same bytes");
  });
});
