/** Front matter of handbook chapters and news posts. */
import { z } from "zod";
import { isoDate, plainText } from "../validation/fields.ts";

export const chapterSchema = z.strictObject({
  title: plainText(3, 120).describe("The chapter's title, 3–120 characters."),
  summary: plainText(10, 300).describe("One or two sentences shown in the contents and search results, 10–300 characters."),
  order: z.number().int().min(1).describe("The chapter's position in the handbook: a whole number no other chapter uses."),
  updated: isoDate
    .optional()
    .describe("When the chapter last changed in substance (YYYY-MM-DD); otherwise the date of its last commit."),
});
export type ChapterMeta = z.infer<typeof chapterSchema>;

export const newsSchema = z.strictObject({
  title: plainText(3, 160).describe("The post's title, 3–160 characters."),
  summary: plainText(10, 300).describe("One or two sentences shown in the news list and feed, 10–300 characters."),
  date: isoDate.describe("The post's date (YYYY-MM-DD); it is also the start of the file name."),
});
export type NewsMeta = z.infer<typeof newsSchema>;
