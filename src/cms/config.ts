/**
 * The Decap CMS configuration (/admin/config.yml), generated at build time from the zod schemas
 * of alliances, handbook chapters, news posts and data/site.yaml, so the editor and the build
 * cannot disagree about a field.
 */
import { stringify } from "yaml";
import { allianceSchema } from "../alliances/schema.ts";
import { chapterSchema, newsSchema } from "../handbook/schema.ts";
import type { SiteData } from "../data/load-data.ts";

/** The data files the configuration is made from. */
export type CmsData = Pick<SiteData, "site" | "states" | "member-kinds">;
import { siteSchema } from "../site/schema.ts";
import { decapFields, type DecapField, type FieldOverrides } from "./fields.ts";

export interface CmsOptions {
  /** The local backend's API (decap-server), e.g. http://127.0.0.1:8081/api/v1, for `npm run cms`. */
  localBackend?: string | undefined;
  /** An OAuth proxy for the GitHub backend (Decap's `base_url`); Netlify's when not set. */
  authUrl?: string | undefined;
  /** The branch edits are proposed against. */
  branch?: string | undefined;
}

/** `owner/name` from https://github.com/owner/name. */
export function githubRepo(repository: string): string {
  const [, owner, name] = new URL(repository).pathname.replace(/\.git$|\/$/g, "").split("/");
  return `${owner}/${name}`;
}

const httpPattern: [string, string] = ["^https?://\\S+\\.\\S+$|^https?://localhost", "an http:// or https:// address such as https://example.org/page"];
const emailPattern: [string, string] = ["^[^\\s@<>()\"',;:]+@[^\\s@<>()\"',;:]+\\.[A-Za-z]{2,}$", "an email address such as name@example.org"];
const isoDate: Partial<DecapField> = { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false, picker_utc: true };
const body: DecapField = { label: "Text", name: "body", widget: "markdown", required: false, hint: "The text in Markdown." };

function allianceOverrides(data: CmsData): FieldOverrides {
  const stateOptions = Object.entries(data.states).map(([code, state]) => ({ label: `${code}: ${state.name}`, value: code }));
  const kindOptions = Object.entries(data["member-kinds"]).map(([key, name]) => ({ label: name, value: key }));
  return {
    // A list in the file either way (`state: [IL]`); the check accepts one code or a list.
    state: { widget: "select", options: stateOptions, multiple: true, min: 1 },
    summary: { widget: "text" },
    founded: { pattern: ["^\\d{4}(-\\d{2}-\\d{2})?$", "a year (YYYY) or a real calendar date (YYYY-MM-DD)"] },
    verified: isoDate,
    "host.url": { pattern: httpPattern },
    "contact.email": { pattern: emailPattern },
    "contact.phone": { pattern: ["^\\+?[\\d\\s().-]{7,20}$", 'a phone number such as "612-555-0199"'] },
    "contact.url": { pattern: httpPattern },
    website: { pattern: httpPattern },
    "members.kind": { widget: "select", options: kindOptions },
    "members.url": { pattern: httpPattern },
    members: { summary: "{{fields.name}}" },
    events: { summary: "{{fields.date}}: {{fields.title}}" },
    "events.date": {
      widget: "datetime",
      format: "YYYY-MM-DDTHH:mm",
      date_format: "YYYY-MM-DD",
      time_format: "HH:mm",
      picker_utc: true,
    },
    "events.url": { pattern: httpPattern },
  };
}

const siteOverrides: FieldOverrides = {
  url: { pattern: httpPattern },
  "coalition.email": { pattern: emailPattern },
  "coalition.url": { pattern: httpPattern },
  "repository.url": { pattern: ["^https://github\\.com/[A-Za-z0-9-]+/[A-Za-z0-9._-]+/?$", "the https address of the site's GitHub repository"] },
};

/** The collections, each with the fields its schema has (plus the Markdown body). */
export function cmsCollections(data: CmsData) {
  const alliance = allianceSchema({ stateCodes: Object.keys(data.states), memberKinds: Object.keys(data["member-kinds"]) });
  return [
    {
      name: "alliances",
      label: "Alliances",
      label_singular: "Alliance",
      description: "One file per alliance in content/alliances/. The build checks every field; so does this form.",
      folder: "content/alliances",
      extension: "md",
      format: "frontmatter",
      create: true,
      slug: "{{name}}",
      identifier_field: "name",
      summary: "{{name}} ({{state}})",
      fields: [...decapFields(alliance, allianceOverrides(data)), { ...body, label: "Story", hint: "The alliance's own story in Markdown; raw HTML is shown as text." }],
    },
    {
      name: "chapters",
      label: "Handbook chapters",
      label_singular: "Chapter",
      folder: "content/handbook",
      extension: "md",
      format: "frontmatter",
      create: true,
      slug: "{{title}}",
      identifier_field: "title",
      sortable_fields: ["order", "title"],
      fields: [...decapFields(chapterSchema, { summary: { widget: "text" }, updated: isoDate }), body],
    },
    {
      name: "news",
      label: "News",
      label_singular: "News post",
      folder: "content/news",
      extension: "md",
      format: "frontmatter",
      create: true,
      slug: "{{year}}-{{month}}-{{day}}-{{title}}",
      identifier_field: "title",
      sortable_fields: ["date", "title"],
      fields: [...decapFields(newsSchema, { summary: { widget: "text" }, date: isoDate }), body],
    },
    {
      name: "settings",
      label: "Settings",
      files: [{ name: "site", label: "Site settings", file: "data/site.yaml", format: "yml", fields: decapFields(siteSchema, siteOverrides) }],
    },
  ];
}

export function cmsConfig(data: CmsData, options: CmsOptions = {}) {
  const { repository, url } = data.site;
  return {
    backend: {
      name: "github",
      // Without `repository` in data/site.yaml, /admin/ says that the backend needs a repo.
      ...(repository ? { repo: githubRepo(repository.url) } : {}),
      branch: options.branch ?? repository?.branch ?? "main",
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
    },
    publish_mode: "editorial_workflow",
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    site_url: url,
    display_url: url,
    media_folder: "assets/uploads",
    public_folder: "/assets/uploads",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: cmsCollections(data),
  };
}

export function cmsConfigYaml(data: CmsData, options: CmsOptions = {}): string {
  return `# Generated by src/cms/config.ts from the zod schemas at build time; do not edit.\n${stringify(cmsConfig(data, options), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** The origins /admin/ talks to, for its own Content-Security-Policy. */
export function cmsConnectSources(options: CmsOptions = {}): string[] {
  const sources = ["https://api.github.com"];
  if (options.localBackend) sources.push(new URL(options.localBackend).origin);
  if (options.authUrl) sources.push(new URL(options.authUrl).origin);
  return sources;
}
