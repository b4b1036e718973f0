/**
 * The national coalition's contact, as chapters and printed kits show it wherever they send a
 * founder to "the secretariat": the name, email and web address from data/site.yaml, and where
 * else to turn when no one answers. Everything from data is escaped; links are only mailto: and
 * the http(s) address the site schema already checked.
 */
import type { SiteConfig } from "../site/schema.ts";
import { escapeHtml } from "../text/escape.ts";

/** Where a founder can turn when the secretariat does not answer (plain text). */
export const FALLBACK_CONTACTS = [
  "the international law faculty of a law school near you",
  "the international law section of your state or city bar association",
  "the public information and outreach staff of the International Criminal Court itself, through its website, https://www.icc-cpi.int/",
] as const;

type Coalition = SiteConfig["coalition"];

function reachLinks(coalition: Coalition): string[] {
  const links: string[] = [];
  if (coalition.email) links.push(`email <a href="mailto:${escapeHtml(coalition.email)}">${escapeHtml(coalition.email)}</a>`);
  if (coalition.url) links.push(`web <a href="${escapeHtml(coalition.url)}">${escapeHtml(coalition.url)}</a>`);
  return links;
}

/** One line: the coalition's name and how to reach it (for a letter or a list of contacts). */
export function coalitionContactLine(coalition: Coalition): string {
  const links = reachLinks(coalition);
  return `<span class="coalition-contact coalition-contact--line">${escapeHtml(coalition.name)}${links.length ? `: ${links.join(", ")}` : ""}</span>`;
}

/**
 * A block for a chapter or a kit: the contact, then the fallbacks. One HTML block with no blank
 * line inside, so Markdown keeps it whole when a chapter's shortcode puts it between paragraphs.
 */
export function coalitionContactBlock(coalition: Coalition): string {
  const links = reachLinks(coalition);
  const fallbacks = FALLBACK_CONTACTS.map((contact) => escapeHtml(contact));
  return [
    // Not an <aside>: the whole handbook on one page shows it once per chapter, and landmarks must be unique.
    `<div class="coalition-contact">`,
    `<p class="coalition-contact__title"><strong>The secretariat:</strong> ${escapeHtml(coalition.name)}${links.length ? `, ${links.join(", ")}` : ""}.</p>`,
    `<p class="coalition-contact__fallback">If no one answers within two weeks, ask ${fallbacks.slice(0, -1).join(", ")}, or ${fallbacks.at(-1)}.</p>`,
    `</div>`,
  ].join("\n");
}
