/**
 * The benchmark's folders: a site like the project's (content/ and data/ copied, alliances
 * replaced by synthetic ones; layouts/, assets/ and node_modules/ linked), and the baseline, the
 * same words as plain Markdown pages, in each of the site's languages, for a bare Eleventy with an
 * empty configuration.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseMarkdownFile } from "../content/front-matter.ts";
import { escapeHtml } from "../text/escape.ts";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A site folder at `dir` (which may exist); `alliances` replaces content/alliances/ (undefined
 * keeps the project's own, i.e. the real handbook with its sample alliances).
 */
export function makeSite(dir: string, alliances: readonly { slug: string; file: string }[] | undefined): void {
  const ownAlliances = path.join(repoRoot, "content", "alliances");
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(repoRoot, "content"), path.join(dir, "content"), {
    recursive: true,
    filter: (source) => !alliances || !source.startsWith(ownAlliances),
  });
  cpSync(path.join(repoRoot, "data"), path.join(dir, "data"), { recursive: true });
  for (const linked of ["layouts", "assets", "node_modules"]) symlinkSync(path.join(repoRoot, linked), path.join(dir, linked));
  if (!alliances) return;
  const folder = path.join(dir, "content", "alliances");
  mkdirSync(folder, { recursive: true });
  for (const alliance of alliances) writeFileSync(path.join(folder, `${alliance.slug}.md`), alliance.file);
}

/**
 * The project's handbook chapters as plain Markdown bodies, by slug: the default language's from
 * content/handbook/, another language's from content/<code>/handbook/.
 */
export function handbookChapters(language?: string): { slug: string; title: string; order: number; body: string }[] {
  const folder = path.join(repoRoot, "content", ...(language ? [language] : []), "handbook");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const source = parseMarkdownFile(readFileSync(path.join(folder, name), "utf8"), name);
      const data = (source.data ?? {}) as { title?: unknown; order?: unknown };
      const title = String(data.title ?? name);
      // Shortcodes and callout fences are ours, not Markdown's: keep their words only.
      const body = source.body.replace(/\{%[^%]*%\}/g, "").replace(/^:::.*$/gm, "");
      return { slug: name.replace(/\.md$/, ""), title, order: Number(data.order ?? 0), body };
    });
}

/**
 * A page for the bare build: no layout, no template language, just Markdown, wrapped in the
 * least HTML Pagefind needs (it indexes a page's <body> and reads its language from <html lang>).
 */
function plainPage(title: string, body: string, lang: string): string {
  const html = `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>`;
  return `---\ntitle: ${JSON.stringify(title)}\ntemplateEngineOverride: md\n---\n${html}\n\n${body}\n\n</main></body></html>\n`;
}

export const BASELINE_CONFIG = "eleventy.config.cjs";

/** A site language: its code (its folder, except the first's) and its `<html lang>` tag. */
export interface BaselineLanguage {
  code: string;
  tag: string;
}

/**
 * The baseline folder at `dir`: pages/ holding, for each site language (the first at the root,
 * each other under <code>/, as our site renders them), one Markdown page per alliance and the
 * handbook's chapters in that language (the default language's where it has none), and an empty
 * Eleventy configuration, so Eleventy runs with its defaults and nothing else.
 */
export function makeBaseline(
  dir: string,
  alliances: { slug: string; name: string; plain: string }[],
  languages: readonly BaselineLanguage[],
): { input: string; output: string; config: string; pages: number } {
  const input = path.join(dir, "pages");
  let pages = 0;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    pages += 1;
  };
  const defaultChapters = handbookChapters();
  languages.forEach((language, i) => {
    const folder = i === 0 ? input : path.join(input, language.code);
    for (const alliance of alliances) write(path.join(folder, "alliances", `${alliance.slug}.md`), plainPage(alliance.name, alliance.plain, language.tag));
    const own = i === 0 ? defaultChapters : handbookChapters(language.code);
    for (const chapter of own.length ? own : defaultChapters) write(path.join(folder, "handbook", `${chapter.slug}.md`), plainPage(chapter.title, chapter.body, language.tag));
  });
  const config = path.join(dir, BASELINE_CONFIG);
  writeFileSync(config, "// Empty on purpose: the baseline is Eleventy with its defaults.\nmodule.exports = function () {};\n");
  return { input, output: path.join(dir, "_site"), config, pages };
}
