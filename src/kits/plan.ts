/**
 * Which kits exist: the handbook, the founder kit and one recruitment packet per alliance, each
 * with the print page it is printed from, its PDF file and the metadata written into that PDF.
 * Eleventy renders the plan to kits/plan.json beside the print pages, so the printer prints
 * exactly what was rendered, whatever the content and environment are by then.
 */
import { z } from "zod";
import type { AllianceView } from "../alliances/view.ts";
import type { SiteConfig } from "../site/schema.ts";
import { closest } from "../validation/did-you-mean.ts";

export const papers = ["letter", "a4"] as const;
export type Paper = (typeof papers)[number];

export const HANDBOOK_ID = "handbook";
export const FOUNDER_KIT_ID = "founder-kit";

export const kitSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(["handbook", "founder", "alliance"]),
  /** The print page, root-relative, e.g. /kits/print/alliances/cook-county/. */
  printPath: z.string().startsWith("/"),
  /** The PDF, relative to the site's output folder, e.g. kits/cook-county.pdf. */
  file: z.string(),
  url: z.string().startsWith("/"),
  title: z.string(),
  author: z.string(),
  /** One sentence: the PDF's Subject and the description on /kits/. */
  description: z.string(),
  keywords: z.array(z.string()),
  language: z.string(),
});
export type Kit = z.infer<typeof kitSchema>;

export const planSchema = z.strictObject({ paper: z.enum(papers), kits: z.array(kitSchema).min(1) });
export type KitPlan = z.infer<typeof planSchema>;

const BASE_KEYWORDS = ["International Criminal Court", "ICC", "Rome Statute"];

function kit(fields: Omit<Kit, "file" | "url">): Kit {
  return { ...fields, file: `kits/${fields.id}.pdf`, url: `/kits/${fields.id}.pdf` };
}

function agendaPhrase(alliance: AllianceView): string {
  const next = alliance.upcoming[0];
  return next ? `the agenda of “${next.title}” (${next.when})` : "a model meeting agenda";
}

export function planKits(alliances: readonly AllianceView[], site: SiteConfig): KitPlan {
  const common = { language: site.language };
  const kits: Kit[] = [
    // The handbook comes first: it is the longest to print, and the pool finishes sooner when it starts early.
    kit({
      ...common,
      id: HANDBOOK_ID,
      kind: "handbook",
      printPath: "/kits/print/handbook/",
      title: `${site.title}: the founder handbook`,
      author: site.title,
      description: "The whole founder handbook, from the first conversation with a host organization to an alliance that outlasts its founders, with a table of contents and bookmarks.",
      keywords: [...BASE_KEYWORDS, "handbook", "founding an alliance"],
    }),
    kit({
      ...common,
      id: FOUNDER_KIT_ID,
      kind: "founder",
      printPath: "/kits/print/founder-kit/",
      title: "Founder kit: start an alliance for the ICC",
      author: site.title,
      description: "For someone starting a new alliance: the founding checklist and templates to adapt, then a cover letter, the ICC in brief, talking points, the organizational meeting's agenda, a sign-up sheet and a flyer, with blanks to fill in.",
      keywords: [...BASE_KEYWORDS, "founder kit", "founding checklist", "recruitment"],
    }),
  ];
  for (const alliance of alliances) {
    if (alliance.slug === HANDBOOK_ID || alliance.slug === FOUNDER_KIT_ID) {
      // Its packet would overwrite kits/handbook.pdf or kits/founder-kit.pdf.
      throw new Error(
        `content/alliances/${alliance.slug}.md: the file name "${alliance.slug}" is taken by kits/${alliance.slug}.pdf; rename the file, for example to ${alliance.slug}-alliance.md`,
      );
    }
    kits.push(
      kit({
        ...common,
        id: alliance.slug,
        kind: "alliance",
        printPath: `/kits/print/alliances/${alliance.slug}/`,
        title: `${alliance.name}: recruitment packet${alliance.sample ? " (sample)" : ""}`,
        author: alliance.name,
        description: `${alliance.sample ? "Sample packet. " : ""}An invitation to organizations in ${alliance.place} to join ${alliance.name}: a cover letter, the ICC in brief, talking points, ${agendaPhrase(alliance)}, a sign-up sheet and a flyer.`,
        keywords: [...BASE_KEYWORDS, "recruitment", alliance.name, alliance.place],
      }),
    );
  }
  return { paper: site.paper, kits };
}

export interface Shard {
  index: number;
  count: number;
}

/** `2/4` → { index: 2, count: 4 }; undefined when it is not i/n with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

export interface Selection {
  only?: string | undefined;
  shard?: Shard | undefined;
}

/**
 * The kits one run prints. Shards take every n-th kit in plan order, so each CI machine gets a
 * similar mix of long and short documents and the shards together cover the plan exactly once.
 */
export function selectKits(kits: readonly Kit[], selection: Selection): Kit[] {
  let selected = [...kits];
  if (selection.only !== undefined) {
    const only = selection.only;
    selected = selected.filter((kit) => kit.id === only);
    if (!selected.length) {
      const guess = closest(only, kits.map((kit) => kit.id));
      throw new Error(
        `--only: found "${only}", which is not one of the ${kits.length} kits; expected an alliance's slug (its file name without .md), ${FOUNDER_KIT_ID} or ${HANDBOOK_ID}${guess ? ` (did you mean "${guess}"?)` : ""}`,
      );
    }
  }
  const shard = selection.shard;
  if (shard) selected = selected.filter((_, index) => index % shard.count === shard.index - 1);
  return selected;
}
