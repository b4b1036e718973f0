/**
 * gray-matter (which splits front matter for the check) keeps a Buffer copy of the text it never
 * needs here; in the browser that copy is a Uint8Array.
 */
export const Buffer = {
  from: (text: string) => new TextEncoder().encode(text),
  isBuffer: (value: unknown) => value instanceof Uint8Array,
};
