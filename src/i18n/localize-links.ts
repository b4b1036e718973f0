/**
 * Links inside translated prose are written as the default language's addresses (a chapter in
 * content/es/handbook/ links to the chapter at its English address): on a page in another
 * language they lead to that language's page, when the page exists in every language. Links to
 * the others (news, cards, exports, assets) stay where they are, so none is broken.
 */
import { inEveryLanguage, inLanguage } from "../urls.ts";

const ROOT_LINK = /\bhref="(\/[^"/][^"]*|\/)"/g;

export function localizeLinks(html: string, lang: string, defaultLanguage: string): string {
  if (lang === defaultLanguage) return html;
  return html.replace(ROOT_LINK, (whole, address: string) => (!inEveryLanguage(address) ? whole : `href="${inLanguage(address, lang, defaultLanguage)}"`));
}
