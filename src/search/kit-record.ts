/**
 * The search record of a printed kit, from its entry in the kits' manifest and its text: one record per PDF,
 * carrying the kit's text so a kit is found like a page.
 */
import type { CustomRecord } from "pagefind";
import type { PrintedKit } from "../kits/manifest.ts";

/** A kit typed Kit and titled like the pages (unsorted, like the alliances: see SORT_KEY). */
export function kitRecord(kit: Pick<PrintedKit, "url" | "title" | "description" | "text">, language: string): CustomRecord {
  return {
    url: kit.url,
    content: [kit.title, kit.description, kit.text].filter(Boolean).join("\n\n"),
    language,
    meta: { title: kit.title, type: "Kit" },
    filters: { type: ["Kit"] },
  };
}
