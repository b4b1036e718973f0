/**
 * Which kits exist: the handbook, the founder kit and one recruitment packet per alliance, each
 * with the print page it is printed from, its PDF file and the metadata written into that PDF.
 * Eleventy renders the plan to kits/plan.json beside the print pages, so the printer prints
 * exactly what was rendered, whatever the content and environment are by then.
 */
import { z } from "zod";
import { placeIn, type AllianceView } from "../alliances/view.ts";
import type { Agendas, KitTexts, SiteConfig } from "../site/schema.ts";
import { fillPlaceholders } from "../text/placeholders.ts";
import { inLanguage, outputFile, sitePath, urls } from "../urls.ts";
import { closest } from "../validation/did-you-mean.ts";
import { formatEventDate } from "../dates/dates.ts";
import { agendaFor } from "./agendas.ts";
import { listPieces } from "./pieces.ts";

export const papers = ["letter", "a4"] as const;
export type Paper = (typeof papers)[number];

export const HANDBOOK_ID = "handbook";
export const FOUNDER_KIT_ID = "founder-kit";

export const kitSchema = z.strictObject({
  /** The slug, prefixed by the language when it is not the default one: `cook-county`, `es/cook-county`. */
  id: z.string().regex(/^(?:[a-z]{2,3}\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The site language it is written in (a code of data/site.yaml's `languages`). */
  lang: z.string(),
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
  /** The page footer's words in the kit's language, "Page {page} of {pages}". */
  pageOf: z.string(),
});
export type Kit = z.infer<typeof kitSchema>;

export const planSchema = z.strictObject({
  paper: z.enum(papers),
  /** The path the host serves the output folder under ("" at the root, else e.g. /alliance-handbook): the print pages' own links start with it. */
  sitePath: z.string().regex(/^(?:\/[^/]+)*$/),
  kits: z.array(kitSchema).min(1),
});
export type KitPlan = z.infer<typeof planSchema>;

/** The PDFs' keywords in a language: every kit's, then each kind's own (data/i18n/<lang>.yaml, `pdf`). */
export interface KitKeywords {
  base: string[];
  handbook: string[];
  founder: string[];
  alliance: string[];
}

/** The keywords when the plan is made without the site's languages (the default language's words). */
const DEFAULT_KEYWORDS: KitKeywords = {
  base: ["International Criminal Court", "ICC", "Rome Statute"],
  handbook: ["handbook", "founding an alliance"],
  founder: ["founder kit", "founding checklist", "recruitment"],
  alliance: ["recruitment"],
};

/** A kit's id: its slug, under its language's prefix unless the language is the default. */
export function kitId(slug: string, lang: string, defaultLanguage: string): string {
  return lang === defaultLanguage ? slug : `${lang}/${slug}`;
}

/** The prose the plan is written in: data/kits.yaml and data/agendas.yaml. */
export interface KitWords {
  kits: KitTexts;
  agendas: Agendas;
}

/** One language the kits are printed in: its code, its tag (the PDFs' /Lang) and its words. */
export interface KitLanguage {
  lang: string;
  tag: string;
  /** The locale its event times are written in (data/i18n `time.locale`: es-US writes "7:00 p.m."). */
  timeLocale: string;
  words: KitWords;
  /** "Page {page} of {pages}" in the language. */
  pageOf: string;
  keywords: KitKeywords;
}

/**
 * Every kit in every language: the handbook and the founder kit in each site language, and each
 * alliance's packet in each of its own languages (an alliance without the default language gets
 * no packet in it). Without `languages`, the site's default language alone, with `words`.
 */
export function planKits(
  alliances: readonly AllianceView[],
  site: Pick<SiteConfig, "title" | "url" | "language" | "paper">,
  words: KitWords,
  languages: readonly KitLanguage[] = [{ lang: "en", tag: site.language, timeLocale: site.language, words, pageOf: "Page {page} of {pages}", keywords: DEFAULT_KEYWORDS }],
): KitPlan {
  const defaultLanguage = languages[0]?.lang ?? "en";
  const kits: Kit[] = [];
  for (const language of languages) kits.push(...kitsIn(language, defaultLanguage, alliances, site));
  return { paper: site.paper, sitePath: sitePath(site.url), kits };
}

function kitsIn(language: KitLanguage, defaultLanguage: string, alliances: readonly AllianceView[], site: Pick<SiteConfig, "title">): Kit[] {
  const { lang, tag, keywords } = language;
  const { kits: texts, agendas } = language.words;
  const localized = (address: string) => inLanguage(address, lang, defaultLanguage);
  const kit = (fields: Omit<Kit, "id" | "file" | "url" | "lang" | "language" | "pageOf" | "printPath">, slug: string, printPath: string): Kit => {
    const url = localized(urls.kitPdf(slug));
    return { ...fields, id: kitId(slug, lang, defaultLanguage), lang, language: tag, pageOf: language.pageOf, printPath: localized(printPath), file: outputFile(url), url };
  };
  const pieces = (kind: "founder" | "alliance", phrase: string) => listPieces(texts, kind, phrase, tag);
  const kits: Kit[] = [
    // The handbook comes first: it is the longest to print, and the pool finishes sooner when it starts early.
    kit(
      {
        kind: "handbook",
        title: fillPlaceholders(texts.handbook.title, { site: site.title }),
        author: site.title,
        description: texts.handbook.description,
        keywords: [...keywords.base, ...keywords.handbook],
      },
      HANDBOOK_ID,
      urls.handbookPrint(),
    ),
    kit(
      {
        kind: "founder",
        title: fillPlaceholders(texts.founder.title, { site: site.title }),
        author: site.title,
        description: fillPlaceholders(texts.founder.description, { pieces: pieces("founder", agendaFor(agendas, undefined).phrase) }),
        keywords: [...keywords.base, ...keywords.founder],
      },
      FOUNDER_KIT_ID,
      urls.founderKitPrint(),
    ),
  ];
  // No alliance is called handbook or founder-kit: `npm run check` refuses those file names (src/check/addresses.ts).
  for (const alliance of alliances) {
    if (!(alliance.languages ?? [defaultLanguage]).includes(lang)) continue;
        const place = placeIn(alliance, lang);
    const values = { alliance: alliance.name, place, pieces: pieces("alliance", agendaFor(agendas, alliance, (event) => formatEventDate(event.date, event.timeZone, language.timeLocale)).phrase) };
    kits.push(
      kit(
        {
          kind: "alliance",
          title: fillPlaceholders(alliance.sample ? texts.alliance.sample_title : texts.alliance.title, values),
          author: alliance.name,
          description: fillPlaceholders(alliance.sample ? texts.alliance.sample_description : texts.alliance.description, values),
          keywords: [...keywords.base, ...keywords.alliance, alliance.name, place],
        },
        alliance.slug,
        urls.alliancePacketPrint(alliance.slug),
      ),
    );
  }
  return kits;
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
    // A slug alone selects the kit in every language it is printed in; `es/<slug>` one language's.
    selected = selected.filter((kit) => kit.id === only || kit.id.endsWith(`/${only}`));
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
