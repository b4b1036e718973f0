/** Schemas of the YAML files in data/: the site's configuration and its reference lists. */
import { z } from "zod";
import { placeholdersIn } from "../text/placeholders.ts";
import { email, httpUrl, plainText } from "../validation/fields.ts";

export const siteSchema = z.strictObject({
  title: plainText(1, 80).describe("The site's name, shown in every page's header and title."),
  description: plainText(1, 300).describe("One or two sentences about the site, for search engines and link previews."),
  url: httpUrl.describe("The address the site is published at, such as https://alliances.example.org."),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: "a language tag such as en-US" })
    .describe("The pages' language, as a language tag such as en-US."),
  paper: z.enum(["letter", "a4"]).default("letter").describe("The kits' paper size: letter or a4."),
  coalition: z
    .strictObject({
      name: plainText(1, 160).describe("The national coalition's name."),
      email: email.optional().describe("Its email address; new alliances registered by email are sent there."),
      url: httpUrl.optional().describe("Its website (http:// or https://)."),
    })
    .describe("The national coalition the alliances coordinate with."),
  repository: z
    .strictObject({
      url: z
        .string()
        .trim()
        .regex(/^https:\/\/github\.com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+?\/?$/, {
          message: "the https address of the site's GitHub repository, such as https://github.com/example/alliances",
        })
        .describe("The site's GitHub repository, such as https://github.com/example/alliances."),
      branch: z
        .string()
        .regex(/^[A-Za-z0-9._\/-]+$/, { message: "a branch name such as main" })
        .default("main")
        .describe("The branch the site is published from (default main)."),
    })
    .optional()
    .describe("Where the site's source lives: chapters and alliance pages link to their file there (\"Edit this page\"), /admin/ proposes edits there, and new alliances can be registered there as issues. Without it there are no such links."),
});
export type SiteConfig = z.infer<typeof siteSchema>;

export const statesSchema = z.record(
  z.string().regex(/^[A-Z]{2}$/, { message: "a two-letter USPS code in capitals, such as IL" }),
  z.strictObject({
    name: plainText(1, 80),
    fips: z.string().regex(/^\d{2}$/, { message: 'a two-digit FIPS code in quotes, such as "17"' }),
    kind: z.enum(["state", "district", "territory"]),
  }),
);
export type StatesTable = z.infer<typeof statesSchema>;

export const memberKindsSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a lowercase key such as human-rights" }),
  plainText(1, 80),
);
export type MemberKinds = z.infer<typeof memberKindsSchema>;

export const foundingChecklistSchema = z
  .array(z.strictObject({ task: plainText(1, 120), detail: plainText(1, 400) }))
  .min(1);
export type FoundingChecklist = z.infer<typeof foundingChecklistSchema>;

export const talkingPointsSchema = z.strictObject({
  intro: plainText(1, 400),
  points: z.array(z.strictObject({ audience: plainText(1, 80), point: plainText(1, 600) })).min(1),
});
export type TalkingPoints = z.infer<typeof talkingPointsSchema>;

export const iccFactsSchema = z
  .array(z.strictObject({ label: plainText(1, 60), fact: plainText(1, 400), as_of: z.union([z.string(), z.number()]).transform(String) }))
  .min(1);
export type IccFacts = z.infer<typeof iccFactsSchema>;

/** Prose that may hold the given `{placeholders}` and no others. */
const textWith = (min: number, max: number, allowed: readonly string[]) =>
  plainText(min, max).refine((text) => placeholdersIn(text).every((name) => allowed.includes(name)), {
    message: allowed.length
      ? `text whose only placeholders are ${allowed.map((name) => `{${name}}`).join(", ")}`
      : "text without {placeholders} (nothing is filled in here)",
  });

const agendaSchema = (allowed: readonly string[]) =>
  z.strictObject({
    title: textWith(1, 120, allowed),
    phrase: textWith(1, 160, allowed),
    intro: textWith(1, 400, allowed),
    items: z
      .array(z.strictObject({ minutes: z.number().int().min(1).max(240), title: textWith(1, 120, allowed), detail: textWith(1, 400, allowed) }))
      .min(1),
  });

export const agendasSchema = z.strictObject({
  organizational: agendaSchema([]),
  meeting: agendaSchema(["alliance", "meetings"]),
  event: agendaSchema(["alliance", "event", "place", "when"]),
});
export type Agendas = z.infer<typeof agendasSchema>;
export type AgendaText = Agendas[keyof Agendas];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a lowercase id such as sign-up-sheet, the name of its template in layouts/kits/pieces/" });

/** The packets that are made of pieces. */
export const packetKinds = ["founder", "alliance"] as const;

export const kitsSchema = z.strictObject({
  handbook: z.strictObject({ title: textWith(1, 160, ["site"]), description: textWith(1, 400, []) }),
  founder: z.strictObject({ title: textWith(1, 160, ["site"]), description: textWith(1, 400, ["pieces"]) }),
  alliance: z.strictObject({
    title: textWith(1, 160, ["alliance"]),
    description: textWith(1, 400, ["alliance", "place", "pieces"]),
    sample_title: textWith(1, 160, ["alliance"]),
    sample_description: textWith(1, 400, ["alliance", "place", "pieces"]),
  }),
  pieces: z
    .array(
      z.strictObject({
        id: slug,
        kits: z.array(z.enum(packetKinds)).min(1),
        title: textWith(1, 80, []),
        listed_as: textWith(1, 120, ["agenda"]),
        description: textWith(1, 300, []),
      }),
    )
    .min(1)
    .refine((pieces) => new Set(pieces.map((piece) => piece.id)).size === pieces.length, { message: "pieces with different ids" }),
});
export type KitTexts = z.infer<typeof kitsSchema>;
export type KitPiece = KitTexts["pieces"][number];

/** Every data file, by file name, with its schema. The site's data cascade uses the same names. */
export const dataFiles = {
  site: siteSchema,
  states: statesSchema,
  "member-kinds": memberKindsSchema,
  "founding-checklist": foundingChecklistSchema,
  "talking-points": talkingPointsSchema,
  "icc-facts": iccFactsSchema,
  agendas: agendasSchema,
  kits: kitsSchema,
} as const;
