/**
 * Callouts: `::: tip Optional title` … `:::`. Rendered as a labelled note (not an aside, which
 * would be a landmark nested in main). The label ("Tip", "Consejo") is in the page's language:
 * Eleventy renders Markdown with the page's data as markdown-it's `env` (`lang`, `i18n`).
 */
import type { I18n } from "../i18n/i18n.ts";
import type { MarkdownIt } from "markdown-it";
import container from "markdown-it-container";
import { escapeHtml } from "../text/escape.ts";

/** The kinds, with their English labels for Markdown rendered outside a page (data/i18n `callout.*` on a page). */
export const calloutKinds = { tip: "Tip", checklist: "Checklist", note: "Note", warning: "Warning", example: "Example" } as const;

interface PageEnv {
  lang?: string;
  i18n?: I18n;
}

export function calloutsPlugin(md: MarkdownIt): void {
  for (const [kind, label] of Object.entries(calloutKinds)) {
    md.use(container, kind, {
      render(tokens, index, _options, env) {
        const page = env as PageEnv | undefined;
        const token = tokens[index]!;
        if (token.nesting !== 1) return "</div>\n";
        const title = token.info.trim().slice(kind.length).trim();
        const shown = page?.i18n ? page.i18n.t(page.lang ?? page.i18n.catalog.defaultLanguage, `callout.${kind}`) : label;
        const heading = title ? `${shown}: ${title}` : shown;
        return `<div class="callout callout--${kind}" role="note" aria-label="${escapeHtml(heading)}">\n<p class="callout__title">${md.renderInline(heading)}</p>\n`;
      },
    });
  }
}
