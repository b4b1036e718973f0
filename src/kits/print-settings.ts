/**
 * What shapes a printed PDF besides its page: the page.pdf options and the footer. Kept apart from
 * the printer (print.ts) so that hashing the kits, which every run does, loads neither Playwright
 * nor pdf-lib: a run with nothing to print never needs them.
 */
import { escapeHtml } from "../text/escape.ts";
import type { Paper } from "./plan.ts";

/** The footer in the kit's language: `pageOf` is "Page {page} of {pages}" in it (data/i18n/<lang>.yaml). */
export function footerTemplate(pageOf: string): string {
  const numbers = escapeHtml(pageOf).replace("{page}", '<span class="pageNumber"></span>').replace("{pages}", '<span class="totalPages"></span>');
  return (
    '<div style="width:100%;margin:0 0.75in;font:8.5px/1.2 \'Liberation Sans\',Arial,\'DejaVu Sans\',sans-serif;color:#555;display:flex;justify-content:space-between">' +
    `<span class="title"></span><span>${numbers}</span></div>`
  );
}

/** Everything about printing that shapes the PDF; part of each kit's hash, so a change here reprints. */
export const PRINT_SETTINGS = {
  // Bump when the printing or post-processing changes in a way these options do not show.
  version: 1,
  printBackground: true,
  tagged: true,
  outline: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  // An empty header: Chromium's default one prints the date and the page's URL.
  headerTemplate: "<span></span>",
} as const;

export const PAGE_SIZES: Record<Paper, { format: string; css: string }> = {
  letter: { format: "Letter", css: "letter" },
  a4: { format: "A4", css: "A4" },
};
