/**
 * Link previews: a 1200×630 PNG for the home page, every chapter and every alliance, in every
 * language, shown when a link is shared. Eleventy renders their plan (previews/plan.json) and one print page beside the
 * kits' (/kits/print/previews/) that lays out any entry; the kits stage photographs that page in
 * the same Chromium that prints the kits, skipping images whose content hash did not change.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { placeIn, type AllianceView } from "../alliances/view.ts";
import type { I18n } from "../i18n/i18n.ts";
import type { SiteConfig } from "../site/schema.ts";
import { outputFile, urls } from "../urls.ts";
import { writeFileAtomic } from "./atomic-file.ts";
import { kitHash, type InputFile } from "./hash.ts";
import { readJsonAs } from "./json-file.ts";

export const PREVIEW_PLAN_FILE = outputFile(urls.previewPlan());
export const PREVIEW_MANIFEST_FILE = outputFile(urls.previewManifest());
export const PREVIEW_PRINT_PATH = urls.previewPrint();
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export const previewSchema = z.strictObject({
  /** e.g. home, handbook/icc-in-brief, alliances/cook-county. */
  id: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/),
  /** The page that shows this image, root-relative. */
  page: z.string().startsWith("/"),
  /** The PNG, relative to the site's output folder. */
  file: z.string(),
  url: z.string().startsWith("/"),
  title: z.string(),
  place: z.string(),
  status: z.string(),
  site: z.string(),
  alt: z.string(),
  /** The language tag of the words drawn (the print page's `lang` while it is taken). */
  lang: z.string(),
});
export type Preview = z.infer<typeof previewSchema>;

export const previewPlanSchema = z.strictObject({ previews: z.array(previewSchema).min(1) });
export type PreviewPlan = z.infer<typeof previewPlanSchema>;

export interface PreviewChapter {
  url: string;
  fileSlug: string;
  data: { title: string; order: number };
}

/** A language's chapters (translated, or standing in for the default language's) at their addresses in it. */
export interface PreviewLanguage {
  lang: string;
  chapters: readonly PreviewChapter[];
}

/** What the plan needs of the site's languages (src/i18n/i18n.ts). */
export type PreviewI18n = Pick<I18n, "t" | "localized" | "tag" | "catalog">;

function preview(id: string, page: string, text: Pick<Preview, "title" | "place" | "status">, site: SiteConfig, lang: string): Preview {
  const url = urls.previewImage(id);
  const alt = `${text.title}. ${[text.place, text.status].filter(Boolean).join(". ")}. ${site.title}`;
  return { id, page, file: outputFile(url), url, ...text, site: site.title, alt, lang };
}

/**
 * Every language's images, each with that language's words and its pages' addresses. The default
 * language's ids have no prefix (home, handbook/<slug>, alliances/<slug>), the others' have the
 * language's (es/home, es/handbook/<slug>, es/alliances/<slug>), like the pages they are for.
 */
export function planPreviews(alliances: readonly AllianceView[], languages: readonly PreviewLanguage[], site: SiteConfig, i18n: PreviewI18n): PreviewPlan {
  const count = alliances.length;
  const previews = languages.flatMap(({ lang, chapters }) => {
    const t = (key: string, values?: Record<string, string | number>) => i18n.t(lang, key, values);
    const idOf = (id: string) => (lang === i18n.catalog.defaultLanguage ? id : `${lang}/${id}`);
    const tag = i18n.tag(lang);
    return [
      preview(idOf("home"), i18n.localized(urls.home(), lang), { title: site.title, place: t("site.description"), status: t("preview.listed", { count }) }, site, tag),
      ...chapters.map((chapter) =>
        preview(idOf(`handbook/${chapter.fileSlug}`), chapter.url, { title: chapter.data.title, place: t("preview.chapter", { number: chapter.data.order }), status: "" }, site, tag),
      ),
      ...alliances.map((alliance) =>
        preview(
          idOf(`alliances/${alliance.slug}`),
          i18n.localized(alliance.url, lang),
          {
            title: alliance.name,
            place: t("preview.alliance_place", { scope: t(`scope_alliance.${alliance.scope}`), place: placeIn(alliance, lang) }),
            status: [t(`status.${alliance.status}`), ...(alliance.sample ? [t("preview.sample")] : [])].join(" · "),
          },
          site,
          tag,
        ),
      ),
    ];
  });
  return { previews };
}

/** The image a page is shared with: its own, else its language's home page's (news, states, search…). */
export function previewForPage(plan: PreviewPlan, byPage: ReadonlyMap<string, Preview>, pageUrl: string, home = "/"): Preview {
  return byPage.get(pageUrl) ?? byPage.get(home) ?? plan.previews[0]!;
}

/** Bump when taking previews changes in a way their print page and text do not show. */
const PREVIEW_SETTINGS = { version: 1, format: "png", size: PREVIEW_SIZE } as const;

/**
 * A preview's content hash, like a kit's: its print page with every file it loads (read once for
 * all images), the text drawn into it, and how the picture is taken.
 */
export function previewHash(page: { html: string | Uint8Array; files: InputFile[] }, entry: Preview): string {
  const drawn = { title: entry.title, place: entry.place, status: entry.status, site: entry.site, lang: entry.lang };
  return kitHash({ html: page.html, files: page.files, paper: "png", metadata: drawn, settings: PREVIEW_SETTINGS });
}

/** previews/plan.json as Eleventy wrote it; undefined for a site rendered before link previews existed. */
export function readPreviewPlan(output: string): PreviewPlan | undefined {
  const file = path.join(output, PREVIEW_PLAN_FILE);
  if (!existsSync(file)) return undefined;
  const plan = readJsonAs(file, previewPlanSchema);
  if (!plan) throw new Error(`${file} is not a preview plan as this version writes it; render the site again with \`npm run build:site\``);
  return plan;
}

export const previewEntrySchema = z.strictObject({ id: z.string(), file: z.string(), hash: z.string(), bytes: z.number().int().positive() });
export type PreviewEntry = z.infer<typeof previewEntrySchema>;
export const previewManifestSchema = z.strictObject({ previews: z.array(previewEntrySchema) });
export type PreviewManifest = z.infer<typeof previewManifestSchema>;

/** previews/manifest.json in a site folder; a missing or unreadable one means every image is taken again. */
export function readPreviewManifest(output: string): PreviewManifest {
  const file = path.join(output, PREVIEW_MANIFEST_FILE);
  if (!existsSync(file)) return { previews: [] };
  try {
    const parsed = previewManifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : { previews: [] };
  } catch {
    return { previews: [] };
  }
}

export function writePreviewManifest(output: string, manifest: PreviewManifest): void {
  mkdirSync(path.join(output, "previews"), { recursive: true });
  writeFileAtomic(path.join(output, PREVIEW_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The images one run takes: like the kits, `--only <slug>` takes that alliance's in every language
 * and `--only es/<slug>` its Spanish one; a shard takes every n-th.
 */
export function selectPreviews(previews: readonly Preview[], selection: { only?: string | undefined; shard?: { index: number; count: number } | undefined }): Preview[] {
  let selected = [...previews];
  const only = selection.only;
  if (only !== undefined) {
    const [, lang, slug] = /^(?:([a-z]{2,3})\/)?(.*)$/.exec(only)!;
    const wanted = (id: string) => {
      // An alliance's image: alliances/<slug> in the default language, <lang>/alliances/<slug> in the others.
      const [, idLang, idSlug] = /^(?:([a-z]{2,3})\/)?alliances\/([a-z0-9-]+)$/.exec(id) ?? [];
      return idSlug !== undefined && idSlug === slug && (lang === undefined || lang === idLang);
    };
    selected = selected.filter((entry) => wanted(entry.id));
  }
  const shard = selection.shard;
  if (shard) selected = selected.filter((_, index) => index % shard.count === shard.index - 1);
  return selected;
}
