/**
 * Links inside translated prose are written as the default language's addresses (a chapter in
 * content/es/handbook/ links to the chapter at its English address): on a page in another
 * language they lead to that language's page. Assets, search files and the language-neutral
 * exports (.json, .geojson, .ics, .xml, .txt) stay where they are.
 */
import { inLanguage } from "../urls.ts";

const ROOT_LINK = /\bhref="(\/[^"/][^"]*|\/)"/g;
const NEUTRAL = /^\/(?:assets|pagefind)\/|\.(?:json|geojson|ics|xml|txt)(?:[#?]|$)/;

export function localizeLinks(html: string, lang: string, defaultLanguage: string): string {
  if (lang === defaultLanguage) return html;
  return html.replace(ROOT_LINK, (whole, address: string) => (NEUTRAL.test(address) ? whole : `href="${inLanguage(address, lang, defaultLanguage)}"`));
}
