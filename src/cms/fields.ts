/**
 * Decap CMS widgets made from a zod schema: the schema is walked as JSON Schema (zod's own
 * z.toJSONSchema), so the form asks for exactly the fields the build accepts, with the same
 * required fields, lengths, choices and hints. What JSON Schema cannot carry (choices that come
 * from data files, date pickers, patterns of refined strings) is given per field path.
 */
import { z } from "zod";

export interface SelectOption {
  label: string;
  value: string;
}

/** One Decap field. Only the options this project uses are typed. */
export interface DecapField {
  label: string;
  name: string;
  widget: "string" | "text" | "markdown" | "select" | "list" | "object" | "boolean" | "number" | "datetime";
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: readonly (string | SelectOption)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: "int" | "float";
  fields?: DecapField[];
  field?: DecapField;
  summary?: string;
  collapsed?: boolean;
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
}

/** What replaces or adds to the widget made from the JSON Schema, by dotted path (list items: `members.kind`). */
export type FieldOverrides = Record<string, Partial<DecapField>>;

interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The front matter as its editor types it (before zod's transforms). */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

const labels: Record<string, string> = { url: "Web address", lat: "Latitude", lon: "Longitude" };
const label = (name: string) => labels[name] ?? (name.charAt(0).toUpperCase() + name.slice(1)).replace(/[-_]/g, " ");

/** `X or a list of X` (zod's oneOrMore): edited as a list. */
function listOf(node: JsonSchema): JsonSchema | undefined {
  const array = node.anyOf?.find((option) => option.type === "array");
  return array?.items ? { ...array, description: node.description } : undefined;
}

function lengthPattern(node: JsonSchema): [string, string] | undefined {
  const { minLength: min, maxLength: max } = node;
  if (min === undefined && max === undefined) return undefined;
  // Decap checks the raw text; the schema trims first. Leading/trailing spaces are the only gap.
  if (max === undefined) return [`^[\\s\\S]{${min},}$`, `at least ${min} characters`];
  return [`^[\\s\\S]{${min ?? 0},${max}}$`, min && min > 1 ? `${min}–${max} characters` : `at most ${max} characters`];
}

function widgetFor(name: string, node: JsonSchema, required: boolean, path: string, overrides: FieldOverrides): DecapField {
  const field: DecapField = { label: label(name), name, widget: "string", required };
  if (node.description) field.hint = node.description;
  if (node.default !== undefined) field.default = node.default;
  const type = Array.isArray(node.type) ? undefined : node.type;
  const list = listOf(node) ?? (type === "array" ? node : undefined);

  if (node.enum) {
    Object.assign(field, { widget: "select", options: node.enum.map(String) });
  } else if (list?.items) {
    const item = list.items;
    Object.assign(field, { widget: "list" });
    if (list.minItems !== undefined && required) field.min = list.minItems;
    if (list.maxItems !== undefined) field.max = list.maxItems;
    if (item.type === "object") {
      field.fields = objectFields(item, `${path}.`, overrides);
      field.collapsed = false;
    } else {
      field.field = widgetFor(name, item, true, `${path}[]`, overrides);
    }
  } else if (type === "object") {
    // Decap checks an optional group's required fields even when the group is left empty, so
    // they are only required when the group is (the build still checks them).
    const fields = objectFields(node, `${path}.`, overrides).map((child) => (required ? child : { ...child, required: false }));
    Object.assign(field, { widget: "object", fields, collapsed: false });
  } else if (type === "boolean") {
    field.widget = "boolean";
  } else if (type === "number" || type === "integer") {
    Object.assign(field, { widget: "number", value_type: type === "integer" ? "int" : "float" });
    if (node.minimum !== undefined) field.min = node.minimum;
    if (node.maximum !== undefined) field.max = node.maximum;
  } else {
    const pattern = node.pattern ? ([node.pattern, node.description ?? "see the hint"] as [string, string]) : lengthPattern(node);
    if (pattern) field.pattern = pattern;
  }
  const override = overrides[path];
  if (override?.widget && override.widget !== field.widget) {
    // A different widget (a select for a list, a date picker for text) keeps only what all widgets share.
    const { label: shownAs, name: key, required: needed, hint, pattern } = field;
    const kept = { ...(hint ? { hint } : {}), ...(pattern && override.widget === "text" ? { pattern } : {}) };
    return { label: shownAs, name: key, required: needed, ...kept, ...override, widget: override.widget };
  }
  return { ...field, ...override };
}

function objectFields(node: JsonSchema, prefix: string, overrides: FieldOverrides): DecapField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    widgetFor(name, child, required.has(name), `${prefix}${name}`, overrides),
  );
}

/** The Decap fields for an object schema, in the schema's order (Decap writes keys in this order). */
export function decapFields(schema: z.ZodType, overrides: FieldOverrides = {}): DecapField[] {
  const known = new Set(schemaFieldPaths(schema));
  const stray = Object.keys(overrides).filter((path) => !known.has(path));
  if (stray.length) throw new Error(`CMS widgets for fields the schema does not have: ${stray.join(", ")}`);
  return objectFields(inputJsonSchema(schema), "", overrides);
}

/** Every field path of an object schema (`members.kind`; items of a plain list as `concerns[]`). */
export function schemaFieldPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  const walk = (node: JsonSchema, prefix: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${name}`;
      paths.push(path);
      const list = listOf(child) ?? (child.type === "array" ? child : undefined);
      if (list?.items?.type === "object") walk(list.items, `${path}.`);
      else if (list?.items) paths.push(`${path}[]`);
      else if (child.type === "object") walk(child, `${path}.`);
    }
  };
  walk(inputJsonSchema(schema), "");
  return paths;
}

/** Every field path the widgets edit, in the same notation as schemaFieldPaths. */
export function widgetFieldPaths(fields: readonly DecapField[], prefix = ""): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (field.fields) return [path, ...widgetFieldPaths(field.fields, `${path}.`)];
    // A list of plain values, or a select of several: its items are the schema's `path[]`.
    if (field.field || field.multiple) return [path, `${path}[]`];
    return [path];
  });
}

/** Each field's description by path (`contact.email`, `members.kind`), for forms that show the rules. */
export function fieldDescriptions(schema: z.ZodType): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: JsonSchema, prefix: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${name}`;
      if (child.description) found.set(path, child.description);
      const list = listOf(child) ?? (child.type === "array" ? child : undefined);
      if (list?.items?.type === "object") walk(list.items, `${path}.`);
      else if (child.type === "object") walk(child, `${path}.`);
    }
  };
  walk(inputJsonSchema(schema), "");
  return found;
}
