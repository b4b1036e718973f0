/**
 * The printed PDF's outline (bookmarks), which Chromium makes from the headings. Reading it tells
 * on which page every heading landed, so the printed table of contents gets its page numbers from
 * a first print. Chromium also drops the space wherever a heading wraps onto a new line
 * ("Coalition for theInternational…"); the titles are repaired from the page's own headings.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
  depth: number;
}

function outlineItems(document: PDFDocument): { item: PDFDict; depth: number }[] {
  const items: { item: PDFDict; depth: number }[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item && !seen.has(item); item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      seen.add(item);
      items.push({ item, depth });
      walk(item.lookupMaybe(PDFName.of("First"), PDFDict), depth + 1);
    }
  };
  walk(document.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.lookupMaybe(PDFName.of("First"), PDFDict), 0);
  return items;
}

const titleOf = (item: PDFDict) => item.lookupMaybe(PDFName.of("Title"), PDFString, PDFHexString)?.decodeText() ?? "";

export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  return outlineItems(document).flatMap(({ item, depth }) => {
    const target = item.lookupMaybe(PDFName.of("Dest"), PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    return page === undefined ? [] : [{ title: titleOf(item), page, depth }];
  });
}

/** Compares heading texts the way Chromium's outline mangles them: whitespace does not count. */
const key = (text: string) => text.replace(/\s+/g, "");
const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** Gives each bookmark its heading's text as written, where only whitespace differs. */
export function repairOutlineTitles(document: PDFDocument, headings: readonly string[]): void {
  const byKey = new Map(headings.map((heading) => [key(heading), tidy(heading)]));
  for (const { item } of outlineItems(document)) {
    const title = titleOf(item);
    const written = byKey.get(key(title));
    if (written !== undefined && written !== title) item.set(PDFName.of("Title"), PDFHexString.fromText(written));
  }
}

/**
 * Page numbers for table-of-contents targets, matched by heading text at the outline's top level.
 * Returns the targets no bookmark was found for, so a missing chapter is an error, not a blank.
 */
export function pagesForHeadings(
  outline: readonly OutlineEntry[],
  headings: readonly { id: string; text: string }[],
): { pages: Record<string, number>; missing: string[] } {
  // A queue per title: two chapters with the same title take their bookmarks in document order.
  const byTitle = new Map<string, number[]>();
  for (const entry of outline) {
    if (entry.depth !== 0) continue;
    byTitle.set(key(entry.title), [...(byTitle.get(key(entry.title)) ?? []), entry.page]);
  }
  const pages: Record<string, number> = {};
  const missing: string[] = [];
  for (const heading of headings) {
    const page = byTitle.get(key(heading.text))?.shift();
    if (page === undefined) missing.push(tidy(heading.text));
    else pages[heading.id] = page;
  }
  return { pages, missing };
}
