/**
 * Callouts: `::: tip Optional title` … `:::`. Rendered as a labelled note (not an aside, which
 * would be a landmark nested in main).
 */
import type { MarkdownIt } from "markdown-it";
import container from "markdown-it-container";
import { escapeHtml } from "../text/escape.ts";

export const calloutKinds = { tip: "Tip", checklist: "Checklist", note: "Note", warning: "Warning", example: "Example" } as const;

export function calloutsPlugin(md: MarkdownIt): void {
  for (const [kind, label] of Object.entries(calloutKinds)) {
    md.use(container, kind, {
      render(tokens, index) {
        const token = tokens[index]!;
        if (token.nesting !== 1) return "</div>\n";
        const title = token.info.trim().slice(kind.length).trim();
        const heading = title ? `${label}: ${title}` : label;
        return `<div class="callout callout--${kind}" role="note" aria-label="${escapeHtml(heading)}">\n<p class="callout__title">${md.renderInline(heading)}</p>\n`;
      },
    });
  }
}
