/**
 * Which kits exist: the handbook, the founder kit and one recruitment packet per alliance, each
 * with the print page it is printed from, its PDF file and the metadata written into that PDF.
 * Eleventy renders the plan to kits/plan.json beside the print pages, so the printer prints
 * exactly what was rendered, whatever the content and environment are by then.
 */
import { z } from "zod";
import type { AllianceView } from "../alliances/view.ts";
import type { Agendas, KitTexts, SiteConfig } from "../site/schema.ts";
import { fillPlaceholders } from "../text/placeholders.ts";
import { outputFile, sitePath, urls } from "../urls.ts";
import { closest } from "../validation/did-you-mean.ts";
import { agendaFor } from "./agendas.ts";
import { listPieces } from "./pieces.ts";

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

export const planSchema = z.strictObject({
  paper: z.enum(papers),
  /** The path the host serves the output folder under ("" at the root, else e.g. /alliance-handbook): the print pages' own links start with it. */
  sitePath: z.string().regex(/^(?:\/[^/]+)*$/),
  kits: z.array(kitSchema).min(1),
});
export type KitPlan = z.infer<typeof planSchema>;

const BASE_KEYWORDS = ["International Criminal Court", "ICC", "Rome Statute"];

function kit(fields: Omit<Kit, "file" | "url">): Kit {
  const url = urls.kitPdf(fields.id);
  return { ...fields, file: outputFile(url), url };
}

/** The prose the plan is written in: data/kits.yaml and data/agendas.yaml. */
export interface KitWords {
  kits: KitTexts;
  agendas: Agendas;
}

export function planKits(alliances: readonly AllianceView[], site: SiteConfig, words: KitWords): KitPlan {
  const common = { language: site.language };
  const { kits: texts, agendas } = words;
  const kits: Kit[] = [
    // The handbook comes first: it is the longest to print, and the pool finishes sooner when it starts early.
    kit({
      ...common,
      id: HANDBOOK_ID,
      kind: "handbook",
      printPath: urls.handbookPrint(),
      title: fillPlaceholders(texts.handbook.title, { site: site.title }),
      author: site.title,
      description: texts.handbook.description,
      keywords: [...BASE_KEYWORDS, "handbook", "founding an alliance"],
    }),
    kit({
      ...common,
      id: FOUNDER_KIT_ID,
      kind: "founder",
      printPath: urls.founderKitPrint(),
      title: fillPlaceholders(texts.founder.title, { site: site.title }),
      author: site.title,
      description: fillPlaceholders(texts.founder.description, { pieces: listPieces(texts, "founder", agendaFor(agendas, undefined).phrase) }),
      keywords: [...BASE_KEYWORDS, "founder kit", "founding checklist", "recruitment"],
    }),
  ];
  // No alliance is called handbook or founder-kit: `npm run check` refuses those file names (src/check/addresses.ts).
  for (const alliance of alliances) {
    const values = { alliance: alliance.name, place: alliance.place, pieces: listPieces(texts, "alliance", agendaFor(agendas, alliance).phrase) };
    kits.push(
      kit({
        ...common,
        id: alliance.slug,
        kind: "alliance",
        printPath: urls.alliancePacketPrint(alliance.slug),
        title: fillPlaceholders(alliance.sample ? texts.alliance.sample_title : texts.alliance.title, values),
        author: alliance.name,
        description: fillPlaceholders(alliance.sample ? texts.alliance.sample_description : texts.alliance.description, values),
        keywords: [...BASE_KEYWORDS, "recruitment", alliance.name, alliance.place],
      }),
    );
  }
  return { paper: site.paper, sitePath: sitePath(site.url), kits };
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
