/**
 * Every address the site publishes, written once. Templates (permalinks and links, through the
 * `urls` global), the directory's views, the exports, the kits and the tests all ask here, so
 * moving a page is one edit. Addresses are root-relative; `absoluteUrl` puts the site's URL in front.
 */

/** A state's code as it appears in its address: `IL` → `il`. */
const stateSegment = (code: string) => code.toLowerCase();

export const urls = Object.freeze({
  home: () => "/",
  search: () => "/search/",
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
  notFound: () => "/404.html",

  handbook: () => "/handbook/",
  /** The whole handbook on one page. */
  handbookAll: () => "/handbook/all/",
  chapter: (slug: string) => `/handbook/${slug}/`,

  news: () => "/news/",
  newsFeed: () => "/news/feed.xml",
  newsPost: (slug: string) => `/news/${slug}/`,

  alliances: () => "/alliances/",
  alliance: (slug: string) => `/alliances/${slug}/`,
  allianceCard: (slug: string) => `/alliances/${slug}/card/`,
  allianceCalendar: (slug: string) => `/alliances/${slug}/events.ics`,
  state: (code: string) => `/states/${stateSegment(code)}/`,
  /** The form a founder fills in to add an alliance. */
  allianceRegister: () => "/alliances/register/",
  /** Atom feed of newly added or newly active alliances. */
  alliancesFeed: () => "/alliances/feed.xml",

  /** The directory as data. */
  alliancesJson: () => "/alliances.json",
  alliancesGeoJson: () => "/alliances.geojson",
  /** Every upcoming event of every alliance. */
  eventsCalendar: () => "/events.ics",
  /** "Near me": the alliances' points, and the ZIP table split by the first three digits. */
  nearMeAlliances: () => "/near-me/alliances.json",
  nearMeZipFolder: () => "/near-me/zip/",
  nearMeZipShard: (prefix: string) => `/near-me/zip/${prefix}.json`,

  /** The staff editor (Decap CMS) and its generated configuration. */
  cmsAdmin: () => "/admin/",
  cmsConfig: () => "/admin/config.yml",
  /** Decap CMS's bundle, copied from its npm package beside its chunks (src/plugins/cms.ts). */
  cmsScript: () => "/admin/decap-cms.js",

  kits: () => "/kits/",
  kitPdf: (id: string) => `/kits/${id}.pdf`,
  /** The founder kit as a web page whose blanks a form fills in. */
  kitFillIn: () => "/kits/fill-in/",
  handbookPrint: () => "/kits/print/handbook/",
  founderKitPrint: () => "/kits/print/founder-kit/",
  alliancePacketPrint: (slug: string) => `/kits/print/alliances/${slug}/`,
  /** What the kits stage prints (written by Eleventy) and what it printed (written by the kits stage). */
  kitPlan: () => "/kits/plan.json",
  kitManifest: () => "/kits/manifest.json",
  /** The printed kits' texts, for search (beside the manifest: an unchanged run need not read them). */
  kitTexts: () => "/kits/texts.json",

  /** Link previews: one image per page that has its own (id: home, handbook/<slug>, alliances/<slug>). */
  previewImage: (id: string) => `/previews/${id}.png`,
  /** Which previews the kits stage takes (written by Eleventy) and what it took (by the kits stage). */
  previewPlan: () => "/previews/plan.json",
  previewManifest: () => "/previews/manifest.json",
  /** The one print page every preview is taken from, beside the kits' print pages. */
  previewPrint: () => "/kits/print/previews/",
  /** HTTP headers for hosts that read them from a file (Netlify, Cloudflare Pages). */
  headersFile: () => "/_headers",
});

export type Urls = typeof urls;

/**
 * A page's address in a language: the default language's pages are at the root, every other
 * language's under /<code>/ (`/handbook/` → `/es/handbook/`, `/news/feed.xml` → `/es/news/feed.xml`).
 */
export function inLanguage(address: string, lang: string, defaultLanguage: string): string {
  return lang === defaultLanguage ? address : `/${lang}${address}`;
}

/**
 * Whether a page is published in every language (home, handbook, news and their feeds, directory,
 * states, alliance pages and cards, the register page, the alliances' feed, search, kits and their
 * handbook and founder kit); the others (exports, an alliance's packet) exist in the default
 * language, or only in the alliance's languages.
 */
export function inEveryLanguage(address: string): boolean {
  const [page = ""] = address.split(/[?#]/);
  return /^\/(?:|search\/|404\.html|handbook\/(?:[a-z0-9-]+\/)?|news\/(?:[a-z0-9-]+\/|feed\.xml)?|states\/[a-z]{2}\/|alliances\/(?:[a-z0-9-]+\/(?:card\/)?|feed\.xml)?|kits\/(?:fill-in\/|handbook\.pdf|founder-kit\.pdf)?)$/.test(page);
}

/** The address of the same page in the default language, and the page's language (`/es/kits/` → `/kits/`, es). */
export function languageOf(address: string, languages: readonly string[]): { lang: string; address: string } {
  const [defaultLanguage = ""] = languages;
  const match = /^\/([a-z]{2,3})(\/.*)$/.exec(address);
  if (match && languages.includes(match[1]!) && match[1] !== defaultLanguage) return { lang: match[1]!, address: match[2]! };
  return { lang: defaultLanguage, address };
}

/** The address with the site's URL in front (no trailing slash on `siteUrl`). */
export function absoluteUrl(siteUrl: string, address: string): string {
  return `${siteUrl}${address}`;
}

/**
 * The path the host serves the site under, from its URL: `https://example.org/alliance-handbook` →
 * `/alliance-handbook`, a site at the root of its address → "". Addresses above stay relative to the
 * output folder; the HTML gets this path in front when Eleventy writes it (pathPrefix).
 */
export function sitePath(siteUrl: string): string {
  return new URL(siteUrl).pathname.replace(/\/+$/, "");
}

/** Where a file address lands in the output folder: `/kits/a.pdf` → `kits/a.pdf`, `/kits/` → `kits/index.html`. */
export function outputFile(address: string): string {
  const relative = address.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
