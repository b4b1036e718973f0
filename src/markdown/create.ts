/**
 * The two Markdown renderers: one for the handbook and news (our own trusted text), and one for
 * alliance stories (anyone's text: no raw HTML, no images from elsewhere, only safe links).
 */
import markdownIt, { type MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "../text/slugify.ts";
import { calloutsPlugin } from "./callouts.ts";

function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, {
    level: [2, 3, 4],
    slugify: (text: string) => slugify(text) || "section",
    tabIndex: false,
    permalink: anchor.permalink.headerLink({ class: "heading-link" }),
  });
}

export function createHandbookMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, typographer: true, linkify: true });
  md.use(headingAnchors);
  md.use(calloutsPlugin);
  return md;
}

const SAFE_LINK = /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/|[^:]*$)/i;

export function createStoryMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, typographer: true, linkify: true });
  md.disable(["image"]);
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  // The story sits under the page's own h2: its top heading level becomes h3, the rest follow.
  md.core.ruler.push("story_heading_levels", (state) => {
    const headings = state.tokens.filter((token) => token.type === "heading_open" || token.type === "heading_close");
    const top = Math.min(...headings.map((token) => Number(token.tag.slice(1))));
    for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - top + 3)}`;
  });
  md.use(headingAnchors);
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    if (/^https?:/i.test(String(tokens[i]!.attrGet("href") ?? ""))) tokens[i]!.attrSet("rel", "ugc nofollow");
    return defaultLinkOpen(tokens, i, options, env, self);
  };
  return md;
}
