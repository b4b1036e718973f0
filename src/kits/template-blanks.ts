/**
 * The handbook's templates as the founder kit prints them: every "[placeholder]" in a template
 * becomes the same ruled blank with a caption that the kits' `{% fill %}` prints, and the ones
 * the fill-in page (/kits/fill-in/) asks for are tied to its fields.
 */

import { escapeHtml } from "../text/escape.ts";

/** Placeholders the fill-in page's form fills, by the exact text between the brackets. */
export const FILL_IN_FIELDS: Readonly<Record<string, string>> = {
  "name of the alliance": "name",
  "your area": "area",
  "host organization": "host",
  "regular meetings": "meetings",
  "your name": "contact",
  "your email": "email",
  "your phone": "phone",
  "your role": "role",
  "your website": "website",
  "meeting date": "date",
  "meeting time": "time",
  "meeting place": "place",
  // The Spanish templates chapter's placeholders (content/es/handbook/templates.md).
  "nombre de la alianza": "name",
  "su zona": "area",
  "organización anfitriona": "host",
  "reuniones regulares": "meetings",
  "su nombre": "contact",
  "su correo electrónico": "email",
  "su teléfono": "phone",
  "su función": "role",
  "su sitio web": "website",
  "fecha de la reunión": "date",
  "hora de la reunión": "time",
  "lugar de la reunión": "place",
};

const PLACEHOLDER = /\[([^\[\]<>]{1,80})\]/g;

function blankSize(caption: string): "short" | "medium" | "wide" {
  if (caption.length <= 12) return "short";
  return caption.length <= 28 ? "medium" : "wide";
}

/** A ruled blank with its caption; `caption` is HTML-escaped text, `field` the fill-in page's field it takes. */
function blank(caption: string, size: string, field: string): string {
  const data = field ? ` data-fill="${field}"` : "";
  return `<span class="blank blank--${size}"${data}><span class="blank__caption">${caption}</span><span class="blank__value"></span></span>`;
}

/** A template's placeholder as a blank; `caption` is HTML-escaped text. */
export function blankHtml(caption: string): string {
  return blank(caption, blankSize(caption), FILL_IN_FIELDS[caption.toLowerCase()] ?? "");
}

/**
 * `{% fill value, caption, size, field %}` on the kits' print pages: the value, or a ruled blank
 * saying what to write there. A function, not a Nunjucks macro: every piece importing a macro file
 * made Nunjucks run that file again, four times per packet.
 */
export function fillHtml(value: string | null | undefined, caption: string, size = "medium", field = ""): string {
  if (value) return escapeHtml(value);
  return blank(escapeHtml(caption), escapeHtml(size), escapeHtml(field));
}

/** Replaces placeholders in the text of rendered HTML (never inside a tag or an attribute). */
export function printBlanks(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith("<") ? part : part.replace(PLACEHOLDER, (_, caption: string) => blankHtml(caption))))
    .join("");
}
