/**
 * The fields a founder fills in to register an alliance, in one table shared by the register page,
 * the GitHub issue form, the issue-to-file conversion and `npm run new:alliance`. Each names the
 * schema field it fills; its rules are that field's description in src/alliances/schema.ts.
 */
import type { Answers } from "../alliances/scaffold.ts";

export type Choices = "scopes" | "statuses" | "states" | "memberKinds";

export interface RegisterField {
  /** The form control's name and the issue form's field id. */
  id: string;
  /** The schema path it fills (`contact.email`), as problems name it. */
  path: string;
  label: string;
  input: "text" | "textarea" | "select" | "email" | "url" | "tel";
  /** Required by the schema (city, county, region only for their scope: `when`). */
  required: boolean;
  when?: "city" | "county" | "region";
  choices?: Choices;
  answer: Exclude<keyof Answers, "members" | "events">;
}

export const registerFields: readonly RegisterField[] = [
  { id: "name", path: "name", label: "Name of the alliance", input: "text", required: true, answer: "name" },
  { id: "scope", path: "scope", label: "Scope", input: "select", required: true, choices: "scopes", answer: "scope" },
  { id: "state", path: "state", label: "State", input: "text", required: true, answer: "state" },
  { id: "city", path: "city", label: "City", input: "text", required: false, when: "city", answer: "city" },
  { id: "county", path: "county", label: "County", input: "text", required: false, when: "county", answer: "county" },
  { id: "region", path: "region", label: "Region", input: "text", required: false, when: "region", answer: "region" },
  { id: "status", path: "status", label: "Status", input: "select", required: true, choices: "statuses", answer: "status" },
  { id: "founded", path: "founded", label: "Founded", input: "text", required: false, answer: "founded" },
  { id: "summary", path: "summary", label: "Summary", input: "textarea", required: true, answer: "summary" },
  { id: "host-name", path: "host.name", label: "Host organization", input: "text", required: true, answer: "host" },
  { id: "host-url", path: "host.url", label: "Host organization's website", input: "url", required: false, answer: "hostUrl" },
  { id: "contact-name", path: "contact.name", label: "Contact person", input: "text", required: true, answer: "contact" },
  { id: "contact-email", path: "contact.email", label: "Contact email", input: "email", required: false, answer: "email" },
  { id: "contact-phone", path: "contact.phone", label: "Contact phone", input: "tel", required: false, answer: "phone" },
  { id: "contact-url", path: "contact.url", label: "Contact page", input: "url", required: false, answer: "contactUrl" },
  { id: "website", path: "website", label: "The alliance's website", input: "url", required: false, answer: "website" },
  { id: "meetings", path: "meetings", label: "Meetings", input: "text", required: false, answer: "meetings" },
  { id: "timezone", path: "timezone", label: "Time zone", input: "text", required: false, answer: "timezone" },
  { id: "story", path: "body", label: "Your story", input: "textarea", required: false, answer: "story" },
];

export interface RowField {
  key: string;
  path: string;
  label: string;
  input: "text" | "select" | "url";
  required: boolean;
  choices?: Choices;
}

export const memberFields: readonly RowField[] = [
  { key: "name", path: "members.name", label: "Member organization", input: "text", required: true },
  { key: "kind", path: "members.kind", label: "Kind", input: "select", required: true, choices: "memberKinds" },
  { key: "url", path: "members.url", label: "Its website", input: "url", required: false },
];

export const eventFields: readonly RowField[] = [
  { key: "date", path: "events.date", label: "Date", input: "text", required: true },
  { key: "title", path: "events.title", label: "Title", input: "text", required: true },
  { key: "place", path: "events.place", label: "Place", input: "text", required: false },
  { key: "url", path: "events.url", label: "Event page", input: "url", required: false },
];

/** Rows of members and events the printed form offers. */
export const memberRows = 3;
export const eventRows = 2;
