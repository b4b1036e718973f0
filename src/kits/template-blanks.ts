/**
 * The handbook's templates as the founder kit prints them: every "[placeholder]" in a template
 * becomes the same ruled blank with a caption that the kit's `fill` macro prints, and the ones
 * the fill-in page (/kits/fill-in/) asks for are tied to its fields.
 */

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

/** A blank as the `fill` macro in layouts/kits/macros.njk prints it; `caption` is HTML-escaped text. */
export function blankHtml(caption: string): string {
  const field = FILL_IN_FIELDS[caption.toLowerCase()];
  const data = field ? ` data-fill="${field}"` : "";
  return `<span class="blank blank--${blankSize(caption)}"${data}><span class="blank__caption">${caption}</span><span class="blank__value"></span></span>`;
}

/** Replaces placeholders in the text of rendered HTML (never inside a tag or an attribute). */
export function printBlanks(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith("<") ? part : part.replace(PLACEHOLDER, (_, caption: string) => blankHtml(caption))))
    .join("");
}
