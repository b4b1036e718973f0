/** The JSON files one stage writes for the next (plans, manifests), read back with the schema they were written with. */
import { readFileSync } from "node:fs";
import type { z } from "zod";

/** The file's data when it is JSON of the schema's shape; undefined when it is not (the caller says what to do). */
export function readJsonAs<T>(file: string, schema: z.ZodType<T>): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
