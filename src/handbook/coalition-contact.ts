/**
 * The national coalition's contact, as chapters and printed kits show it wherever they send a
 * founder to "the secretariat": the name, email and web address from data/site.yaml, and where
 * else to turn when no one answers. Everything from data is escaped; links are only mailto: and
 * the http(s) address the site schema already checked.
 */
import type { SiteConfig } from "../site/schema.ts";
import { escapeHtml } from "../text/escape.ts";

type Coalition = SiteConfig["coalition"];

/**
 * The words around the contact, in the page's language (data/i18n/<lang>.yaml, `coalition`):
 * `fallback` is the sentence naming where else to turn when no one answers (plain text).
 */
export interface ContactWords {
  email: string;
  web: string;
  secretariat: string;
  fallback: string;
}

function reachLinks(coalition: Coalition, words: ContactWords): string[] {
  const links: string[] = [];
  if (coalition.email) links.push(`${escapeHtml(words.email)} <a href="mailto:${escapeHtml(coalition.email)}">${escapeHtml(coalition.email)}</a>`);
  if (coalition.url) links.push(`${escapeHtml(words.web)} <a href="${escapeHtml(coalition.url)}">${escapeHtml(coalition.url)}</a>`);
  return links;
}

/** One line: the coalition's name and how to reach it (for a letter or a list of contacts). */
export function coalitionContactLine(coalition: Coalition, words: ContactWords): string {
  const links = reachLinks(coalition, words);
  return `<span class="coalition-contact coalition-contact--line">${escapeHtml(coalition.name)}${links.length ? `: ${links.join(", ")}` : ""}</span>`;
}

/**
 * A block for a chapter or a kit: the contact, then the fallbacks. One HTML block with no blank
 * line inside, so Markdown keeps it whole when a chapter's shortcode puts it between paragraphs.
 */
export function coalitionContactBlock(coalition: Coalition, words: ContactWords): string {
  const links = reachLinks(coalition, words);
  return [
    // Not an <aside>: the whole handbook on one page shows it once per chapter, and landmarks must be unique.
    `<div class="coalition-contact">`,
    `<p class="coalition-contact__title"><strong>${escapeHtml(words.secretariat)}</strong> ${escapeHtml(coalition.name)}${links.length ? `, ${links.join(", ")}` : ""}.</p>`,
    `<p class="coalition-contact__fallback">${escapeHtml(words.fallback)}</p>`,
    `</div>`,
  ].join("\n");
}
