/** Schemas of the YAML files in data/: the site's configuration and its reference lists. */
import { z } from "zod";
import { email, httpUrl, plainText } from "../validation/fields.ts";

export const siteSchema = z.strictObject({
  title: plainText(1, 80),
  description: plainText(1, 300),
  url: httpUrl,
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: "a language tag such as en-US" }),
  paper: z.enum(["letter", "a4"]).default("letter"),
  /** Where the site's source lives, for "Edit this page" links; without it there are none. */
  repository: z
    .strictObject({
      url: httpUrl,
      branch: z.string().regex(/^[A-Za-z0-9._\/-]+$/, { message: "a branch name such as main" }).default("main"),
    })
    .optional(),
  coalition: z.strictObject({
    name: plainText(1, 160),
    email: email.optional(),
    url: httpUrl.optional(),
  }),
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
