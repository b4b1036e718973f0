/**
 * Handbook reading aids computed from a chapter's rendered HTML (which our own Markdown renderer
 * produced): table of contents, reading time, and the one-page edition's anchors.
 */

export interface TocEntry {
  level: 2 | 3;
  id: string;
  /** Heading text as HTML-escaped text (entities kept, tags removed). */
  text: string;
}

const HEADING = /<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

export function tableOfContents(html: string): TocEntry[] {
  return [...html.matchAll(HEADING)].map((match) => ({
    level: Number(match[1]) as 2 | 3,
    id: match[2]!,
    text: match[3]!.replace(/<[^>]+>/g, "").trim(),
  }));
}

export const WORDS_PER_MINUTE = 230;

export function wordCount(html: string): number {
  const text = html.replace(/<[^>]+>/g, " ").replace(/&[a-z#0-9]+;/gi, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(html: string): number {
  return Math.max(1, Math.round(wordCount(html) / WORDS_PER_MINUTE));
}

/**
 * For /handbook/all/: every chapter's ids get the chapter's slug as a prefix so they stay unique,
 * links between chapters become links within the page, and headings go one level down (the
 * chapter's title is the h2 there).
 */
export function inlineChapter(html: string, slug: string, slugs: ReadonlySet<string>): string {
  return html
    .replace(/<(\/?)h([2-5])\b/g, (_, close: string, level: string) => `<${close}h${Number(level) + 1}`)
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${slug}--${id}"`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${slug}--${id}"`)
    .replace(/\bhref="\/handbook\/([a-z0-9-]+)\/(?:#([^"]+))?"/g, (whole, target: string, id: string | undefined) => {
      if (!slugs.has(target)) return whole;
      return `href="#${id ? `${target}--${id}` : target}"`;
    });
}
