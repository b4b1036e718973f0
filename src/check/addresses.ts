/**
 * Addresses made from file names: an alliance's file name becomes /alliances/<slug>/ and
 * /kits/<slug>.pdf, a chapter's /handbook/<slug>/, a news post's /news/<slug>/ (without its date).
 * A name the site already uses in that folder, or two files that come out as the same address,
 * would overwrite a page or a kit; here they are problems before anything is built.
 */
import path from "node:path";
import { FOUNDER_KIT_ID, HANDBOOK_ID } from "../kits/plan.ts";
import { urls } from "../urls.ts";
import type { Problem } from "../validation/problem.ts";

const stem = (file: string) => path.basename(file).replace(/\.[^.]+$/, "");

/** The names the site's own addresses (src/urls.ts) take directly in `folder`: the kits' plan.json → plan. */
function ownNames(folder: string): string[] {
  const fixed = Object.values(urls).filter((address) => address.length === 0) as (() => string)[];
  return fixed
    .map((address) => address())
    .filter((address) => address.startsWith(folder))
    .map((address) => stem(address.slice(folder.length).split("/")[0] || "index"));
}

/**
 * What the site itself writes directly into each folder, by name without extension (a build test
 * checks that every name a real build writes there is on this list). A file may not take one of
 * these names even where the extensions differ (kits/plan.json and kits/plan.pdf): a reader could
 * not tell the site's page from the alliance's.
 */
export const siteEntries = {
  alliances: ownNames(urls.alliances()),
  /** And the two kits that are not packets, at /kits/<id>.pdf. */
  kits: [...ownNames(urls.kits()), HANDBOOK_ID, FOUNDER_KIT_ID],
  handbook: ownNames(urls.handbook()),
  news: ownNames(urls.news()),
};

export type ContentKind = "alliance" | "chapter" | "news";

/** An alliance's slug is in /alliances/ and /kits/; a chapter's in /handbook/; a post's in /news/. */
export function reservedNames(kind: ContentKind): string[] {
  const names: readonly string[] =
    kind === "alliance" ? [...siteEntries.alliances, ...siteEntries.kits] : kind === "chapter" ? siteEntries.handbook : siteEntries.news;
  return [...new Set(names)].sort();
}

/** The slug Eleventy gives a file (`page.fileSlug`): its name without extension and without a YYYY-MM-DD- date. */
export function fileSlug(file: string): string {
  const name = stem(file);
  return /\d{4}-\d{2}-\d{2}-(.*)/.exec(name)?.[1] ?? name;
}

/** The addresses a file's slug makes, as shown in messages. */
function addressesOf(kind: ContentKind, slug: string): string {
  if (kind === "alliance") return `${urls.alliance(slug)} and ${urls.kitPdf(slug)}`;
  return kind === "chapter" ? urls.chapter(slug) : urls.newsPost(slug);
}

export interface NamedFile {
  /** As shown in problems, e.g. content/alliances/cook-county.md. */
  file: string;
  kind: ContentKind;
}

/** Problems with the addresses the given files would make: reserved names and collisions. */
export function addressProblems(files: readonly NamedFile[]): Problem[] {
  const problems: Problem[] = [];
  // Many hosts (and every Mac and Windows checkout) treat Foo and foo as one file.
  const taken = new Map<string, string>();
  for (const { file, kind } of files) {
    const slug = fileSlug(file);
    const reserved = reservedNames(kind);
    if (reserved.includes(slug.toLowerCase())) {
      problems.push({
        file,
        field: "file name",
        found: `"${slug}", a name the site uses itself (it would make ${addressesOf(kind, slug)})`,
        expected: `a name that is none of: ${reserved.join(", ")}`,
        suggestion: `rename the file, for example to ${slug}-${kind === "alliance" ? "alliance" : "2"}${path.extname(file)}`,
      });
      continue;
    }
    const key = `${kind}:${slug.toLowerCase()}`;
    const other = taken.get(key);
    if (other) {
      problems.push({
        file,
        field: "file name",
        found: `the same address as ${other}: ${addressesOf(kind, slug.toLowerCase())}`,
        expected: `a name of its own${kind === "news" ? " (a post's address leaves out its date)" : ""}; letter case does not count, since many hosts and computers treat Foo and foo as one name`,
        suggestion: `rename one of ${other} and ${file}`,
      });
    } else taken.set(key, file);
  }
  return problems;
}

/** Editors' other spellings of ".md": such a file in content/ would be skipped without a word. */
const MARKDOWN_LIKE = /\.(?:md|markdown|mdown|mkdn?|mkd|txt)$/i;

/** Problems for files in a content folder that look like content but would not be read. */
export function unreadFiles(folder: string, names: readonly string[]): Problem[] {
  return names
    .filter((name) => !name.startsWith(".") && MARKDOWN_LIKE.test(name) && !name.endsWith(".md"))
    .map((name) => ({
      file: `${folder}/${name}`,
      field: "file name",
      found: `a file ending in "${path.extname(name)}", which the site does not read`,
      expected: `a Markdown file ending in ".md" (rename it to ${name.replace(MARKDOWN_LIKE, ".md")})`,
    }));
}
