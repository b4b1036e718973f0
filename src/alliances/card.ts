/**
 * The embeddable card: a self-contained HTML snippet (inline styles, absolute links, no script,
 * nothing loaded) that a member organization can paste into its own site.
 */
import { escapeHtml } from "../text/escape.ts";
import type { AllianceView } from "./view.ts";

/** The card's words in the page's language (data/i18n/<lang>.yaml, `card_snippet`). */
export interface CardWords {
  /** "City alliance for the ICC" for the alliance's scope. */
  kind: string;
  status: string;
  /** The alliance's area as the card's language writes it. */
  place: string;
  meetings: string;
  next: string;
  join: string;
  /** An event's date and time as the card's language writes them. */
  when(event: AllianceView["upcoming"][number]): string;
}

/** `address` is the alliance's page in the card's language, which both of its links open. */
export function cardSnippet(view: AllianceView, siteUrl: string, address: string, words: CardWords): string {
  const page = `${siteUrl}${address}`;
  const next = view.upcoming[0];
  const lines = [
    `<div style="max-width:22rem;border:1px solid #c9d1db;border-radius:8px;padding:1rem;font:15px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff">`,
    `  <p style="margin:0;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#4a5360">${escapeHtml(words.kind)} · ${escapeHtml(words.status)}</p>`,
    `  <p style="margin:.25rem 0;font-size:18px;font-weight:700"><a href="${escapeHtml(page)}" style="color:#1a4f8f">${escapeHtml(view.name)}</a></p>`,
    `  <p style="margin:0 0 .5rem;color:#4a5360">${escapeHtml(words.place)}</p>`,
    `  <p style="margin:0 0 .5rem">${escapeHtml(view.summary)}</p>`,
    ...(view.meetings ? [`  <p style="margin:0 0 .5rem"><strong>${escapeHtml(words.meetings)}</strong> ${escapeHtml(view.meetings)}</p>`] : []),
    ...(next ? [`  <p style="margin:0 0 .5rem"><strong>${escapeHtml(words.next)}</strong> ${escapeHtml(next.title)}, ${escapeHtml(words.when(next))}</p>`] : []),
    `  <p style="margin:0"><a href="${escapeHtml(page)}" style="color:#1a4f8f">${escapeHtml(words.join)}</a></p>`,
    `</div>`,
  ];
  return lines.join("\n");
}
