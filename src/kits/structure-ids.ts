/**
 * Chromium names a tagged table header after its DOM node (`node00003448`), a counter of the
 * renderer that printed it: the same kit printed on another pooled page, or after other kits, gets
 * other names, and so other bytes. Renamed in the document's own order, a kit's PDF depends on its
 * content only, and two builds write the same files.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

const ID = PDFName.of("ID");
const HEADERS = PDFName.of("Headers");

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

export function renumberStructureIds(document: PDFDocument): void {
  const { context } = document;
  const root = document.catalog.lookup(PDFName.of("StructTreeRoot"));
  if (!(root instanceof PDFDict)) return;
  const names = new Map<string, string>();
  const elements: [PDFRef, PDFDict][] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !object.has(PDFName.of("S"))) continue;
    const old = text(object.get(ID));
    if (old === undefined) continue;
    const name = `node${String(names.size + 1).padStart(8, "0")}`;
    names.set(old, name);
    object.set(ID, PDFString.of(name));
    elements.push([ref, object]);
  }
  if (!names.size) return;
  // A data cell names its headers by their IDs (/A << /O /Table /Headers [ … ] >>, or an array of such).
  const renameHeaders = (attributes: PDFObject | undefined) => {
    if (!(attributes instanceof PDFDict)) return;
    const headers = attributes.lookup(HEADERS);
    if (!(headers instanceof PDFArray)) return;
    for (let index = 0; index < headers.size(); index++) {
      const name = names.get(text(headers.lookup(index)) ?? "");
      if (name) headers.set(index, PDFString.of(name));
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !object.has(PDFName.of("S"))) continue;
    const attributes = object.lookup(PDFName.of("A"));
    if (attributes instanceof PDFArray) for (let index = 0; index < attributes.size(); index++) renameHeaders(attributes.lookup(index));
    else renameHeaders(attributes);
  }
  // The ID tree maps names to elements, sorted by name: made again from the new names, the old one
  // removed (pdf-lib writes every object it holds, referenced or not).
  const removeTree = (node: PDFObject | undefined) => {
    const dict = node instanceof PDFRef ? context.lookup(node) : node;
    if (dict instanceof PDFDict) {
      const kids = dict.lookup(PDFName.of("Kids"));
      if (kids instanceof PDFArray) for (let index = 0; index < kids.size(); index++) removeTree(kids.get(index));
    }
    if (node instanceof PDFRef) context.delete(node);
  };
  removeTree(root.get(PDFName.of("IDTree")));
  const pairs = PDFArray.withContext(context);
  for (const [ref, element] of elements.sort(([, a], [, b]) => text(a.get(ID))!.localeCompare(text(b.get(ID))!))) {
    pairs.push(element.get(ID)!);
    pairs.push(ref);
  }
  root.set(PDFName.of("IDTree"), context.obj({ Names: pairs }));
}
