/** Reading printed PDFs the way a reader's tools do: text per page, links, metadata, bookmarks, fonts. */
import { readFileSync } from "node:fs";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface Bookmark {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  children: Bookmark[];
}

export interface PdfSummary {
  /** Each page's text, items joined by spaces (whitespace collapsed). */
  pages: string[];
  /** The web addresses of the link annotations, page by page in order. */
  links: string[];
  /** Page sizes in points, [width, height]. */
  sizes: [number, number][];
  info: Record<string, unknown>;
  tagged: boolean;
  bookmarks: Bookmark[];
  /** Fonts drawn without an embedded font program (should be none). */
  unembeddedFonts: string[];
}

async function fontsWithoutProgram(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const missing: string[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")) continue;
    const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => object.has(PDFName.of(key)));
    if (!embedded) missing.push(String(object.get(PDFName.of("FontName"))));
  }
  return missing;
}

export async function readPdf(file: string): Promise<PdfSummary> {
  const bytes = new Uint8Array(readFileSync(file));
  const document = await getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true }).promise;
  try {
    const pages: string[] = [];
    const sizes: [number, number][] = [];
    const links: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
      pages.push(text.replace(/\s+/g, " ").trim());
      for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string }[]) {
        if (annotation.subtype === "Link" && annotation.url) links.push(annotation.url);
      }
      const [, , width, height] = page.view;
      sizes.push([Math.round(width!), Math.round(height!)]);
    }
    const toBookmarks = async (items: Awaited<ReturnType<typeof document.getOutline>>): Promise<Bookmark[]> =>
      Promise.all(
        (items ?? []).map(async (item) => {
          const target = Array.isArray(item.dest) ? item.dest[0] : undefined;
          const page = target && typeof target === "object" ? (await document.getPageIndex(target)) + 1 : 0;
          return { title: item.title, page, children: await toBookmarks(item.items) };
        }),
      );
    const { info } = await document.getMetadata();
    const markInfo = await document.getMarkInfo();
    return {
      pages,
      links,
      sizes,
      info: info as Record<string, unknown>,
      tagged: markInfo?.Marked === true,
      bookmarks: await toBookmarks(await document.getOutline()),
      unembeddedFonts: await fontsWithoutProgram(bytes),
    };
  } finally {
    await document.destroy();
  }
}
