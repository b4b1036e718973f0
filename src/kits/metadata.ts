/**
 * The PDF's document information. Chromium writes only a Title (from <title>) and its own
 * Creator/Producer; the rest is set here with pdf-lib, which keeps Chromium's tags, outline and
 * embedded fonts as they are (it rewrites the file, not the objects).
 */
import type { PDFDocument } from "pdf-lib";

export const PRODUCER = "Alliance Handbook kits (Chromium, pdf-lib)";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
}

export function setMetadata(document: PDFDocument, metadata: PdfMetadata): void {
  // Screen readers and viewers show the title, not the file name (PDF/UA asks for this).
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which would split "International Criminal Court": join them ourselves.
  document.setKeywords([metadata.keywords.join(", ")]);
  document.setLanguage(metadata.language);
  document.setProducer(PRODUCER);
}
