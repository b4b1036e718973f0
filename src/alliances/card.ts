/**
 * The embeddable card: a self-contained HTML snippet (inline styles, absolute links, no script,
 * nothing loaded) that a member organization can paste into its own site.
 */
import { escapeHtml } from "../text/escape.ts";
import type { AllianceView } from "./view.ts";

export function cardSnippet(view: AllianceView, siteUrl: string, siteTitle: string): string {
  const page = `${siteUrl}${view.url}`;
  const next = view.upcoming[0];
  const lines = [
    `<div style="max-width:22rem;border:1px solid #c9d1db;border-radius:8px;padding:1rem;font:15px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff">`,
    `  <p style="margin:0;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#4a5360">${escapeHtml(view.scopeLabel)} alliance for the ICC · ${escapeHtml(view.statusLabel)}</p>`,
    `  <p style="margin:.25rem 0;font-size:18px;font-weight:700"><a href="${escapeHtml(page)}" style="color:#1a4f8f">${escapeHtml(view.name)}</a></p>`,
    `  <p style="margin:0 0 .5rem;color:#4a5360">${escapeHtml(view.place)}</p>`,
    `  <p style="margin:0 0 .5rem">${escapeHtml(view.summary)}</p>`,
    ...(view.meetings ? [`  <p style="margin:0 0 .5rem"><strong>Meetings:</strong> ${escapeHtml(view.meetings)}</p>`] : []),
    ...(next ? [`  <p style="margin:0 0 .5rem"><strong>Next:</strong> ${escapeHtml(next.title)}, ${escapeHtml(next.when)}</p>`] : []),
    `  <p style="margin:0"><a href="${escapeHtml(page)}" style="color:#1a4f8f">Join us: ${escapeHtml(siteTitle)}</a></p>`,
    `</div>`,
  ];
  return lines.join("\n");
}
