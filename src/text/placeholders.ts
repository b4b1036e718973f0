/**
 * Placeholders in prose from data/: `{alliance}` is replaced by a value, and a part in
 * [square brackets] that holds a placeholder is left out when that placeholder has no value
 * (`A meeting of {alliance}[ ({meetings})].`). Brackets without a placeholder are kept as written.
 */

const OPTIONAL = /\[([^[\]]*\{[a-z]+\}[^[\]]*)\]/g;
const PLACEHOLDER = /\{([a-z]+)\}/g;

export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

/** The placeholders a text uses, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const value = (name: string) => values[name] ?? "";
  return text
    .replace(OPTIONAL, (_, inner: string) => (placeholdersIn(inner).every((name) => values[name]) ? inner : ""))
    .replace(PLACEHOLDER, (_, name: string) => value(name));
}
