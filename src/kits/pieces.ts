/**
 * The pieces a packet is made of, declared once in data/kits.yaml (`pieces`): each has a
 * template, layouts/kits/pieces/<id>.njk. The print pages loop over a kit's pieces, /kits/
 * describes them, the kits' descriptions list them, and the tests check every one is printed.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { displayPath, type ProjectPaths } from "../project.ts";
import type { KitPiece, KitTexts, packetKinds } from "../site/schema.ts";
import { fillPlaceholders } from "../text/placeholders.ts";
import type { Problem } from "../validation/problem.ts";

export type PacketKind = (typeof packetKinds)[number];

/** The template of a piece, relative to layouts/. */
export const pieceTemplate = (id: string) => `kits/pieces/${id}.njk`;

/** A packet's pieces, in the order they are printed. */
export function piecesOf(pieces: readonly KitPiece[], kind: PacketKind): KitPiece[] {
  return pieces.filter((piece) => piece.kits.includes(kind));
}

function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "a cover letter, the ICC in brief, … and a flyer": a packet's pieces for its description. */
export function listPieces(texts: Pick<KitTexts, "pieces">, kind: PacketKind, agendaPhrase: string): string {
  return joinList(piecesOf(texts.pieces, kind).map((piece) => fillPlaceholders(piece.listed_as, { agenda: agendaPhrase })));
}

/**
 * A piece whose template is missing: named in `npm run check`, before Eleventy fails on an
 * include. Only for a site with layouts (a folder of content and data alone has no templates to check).
 */
export function missingPieceTemplates(paths: ProjectPaths, texts: Pick<KitTexts, "pieces">): Problem[] {
  if (!existsSync(paths.layouts)) return [];
  const folder = path.join(paths.layouts, pieceTemplate(""), "..");
  const templates = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".njk")) : [];
  return texts.pieces.flatMap((piece, index) => {
    if (templates.includes(path.basename(pieceTemplate(piece.id)))) return [];
    const known = templates.map((name) => name.replace(/\.njk$/, ""));
    return [
      {
        file: displayPath(paths, path.join(paths.data, "kits.yaml")),
        field: `pieces[${index}].id`,
        found: `"${piece.id}", which has no template`,
        expected: `a piece with a template: write ${displayPath(paths, path.join(paths.layouts, pieceTemplate(piece.id)))}${known.length ? `, or use one of ${known.join(", ")}` : ""}`,
      },
    ];
  });
}
