/** Front matter of handbook chapters and news posts. */
import { z } from "zod";
import { isoDate, plainText } from "../validation/fields.ts";

export const chapterSchema = z.strictObject({
  title: plainText(3, 120),
  summary: plainText(10, 300),
  order: z.number().int().min(1),
  /** When the chapter last changed in substance; otherwise the date of its last commit. */
  updated: isoDate.optional(),
});
export type ChapterMeta = z.infer<typeof chapterSchema>;

export const newsSchema = z.strictObject({
  title: plainText(3, 160),
  summary: plainText(10, 300),
  date: isoDate,
});
export type NewsMeta = z.infer<typeof newsSchema>;
