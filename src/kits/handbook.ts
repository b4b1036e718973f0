/** The handbook's print edition: chapters as rendered for the site, adapted to one printed document. */
import { inlineChapter } from "../handbook/contents.ts";

/**
 * A chapter's HTML for the PDF: ids and links between chapters as on /handbook/all/ (so they
 * become links inside the PDF), headings back at their own level (chapter titles are h1 here,
 * so every chapter gets a top-level bookmark), and links to the rest of the site put in the
 * document's language by `localize` (while they are still root-relative, which is what it
 * recognizes) and then made absolute (a PDF has no site to be relative to).
 */
export function printChapter(html: string, slug: string, slugs: ReadonlySet<string>, siteUrl: string, localize: (html: string) => string = (same) => same): string {
  const inlined = inlineChapter(html, slug, slugs).replace(/<(\/?)h([3-6])\b/g, (_, close: string, level: string) => `<${close}h${Number(level) - 1}`);
  return localize(inlined).replace(/(<a\b[^>]*\bhref=")\/(?!\/)/g, `$1${siteUrl}/`);
}
