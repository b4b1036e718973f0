/**
 * The PDF's document information. Chromium writes only a Title (from <title>) and its own
 * Creator/Producer; the rest is set here with pdf-lib, which keeps Chromium's tags, outline and
 * embedded fonts as they are (it rewrites the file, not the objects). The dates are the build's
 * date, not the clock's, so two builds of the same commit with the same BUILD_DATE write the same bytes.
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

/** `buildDate` is the build's "today" (YYYY-MM-DD), for CreationDate and ModDate. */
export function setMetadata(document: PDFDocument, metadata: PdfMetadata, buildDate: string): void {
  // Screen readers and viewers show the title, not the file name (PDF/UA asks for this).
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which would split "International Criminal Court": join them ourselves.
  document.setKeywords([metadata.keywords.join(", ")]);
  document.setLanguage(metadata.language);
  document.setProducer(PRODUCER);
  // Chromium stamps the second it printed; midnight UTC of the build's day is the same on every run.
  const date = new Date(`${buildDate}T00:00:00Z`);
  document.setCreationDate(date);
  document.setModificationDate(date);
}
