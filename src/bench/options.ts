/** The benchmark's command-line values, checked. */

export const MAX_SIZE = 50_000;

/** "100,1000,5000" → [100, 1000, 5000]; undefined unless it is a list of whole numbers from 1 to MAX_SIZE. */
export function parseSizes(text: string): number[] | undefined {
  const parts = text.split(",").map((part) => part.trim().replace(/_/g, ""));
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined;
  const sizes = parts.map(Number);
  return sizes.every((size) => size >= 1 && size <= MAX_SIZE) ? sizes : undefined;
}

/** What a flag expects when it is not a whole number from min to max; undefined when it is. */
export const wholeNumber = (min: number, max: number) => (value: string) =>
  /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? undefined : `a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`;
