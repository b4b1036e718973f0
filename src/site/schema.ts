/** Schemas of the YAML files in data/: the site's configuration and its reference lists. */
import { z } from "zod";
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
    .string()
    .trim()
    .regex(/^https:\/\/github\.com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+?\/?$/, {
      message: "the https address of the site's GitHub repository, such as https://github.com/example/alliances",
    })
    .optional()
    .describe("The site's GitHub repository, such as https://github.com/example/alliances: where /admin/ saves edits and where new alliances can be registered as issues."),
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

/** Every data file, by file name, with its schema. The site's data cascade uses the same names. */
export const dataFiles = {
  site: siteSchema,
  states: statesSchema,
  "member-kinds": memberKindsSchema,
  "founding-checklist": foundingChecklistSchema,
  "talking-points": talkingPointsSchema,
  "icc-facts": iccFactsSchema,
} as const;
