/**
 * The alliance file's front matter: the single source of truth for validation, the TypeScript
 * type, the scaffolding CLI and the tests. Valid state codes and member kinds come from data/.
 */
import { z } from "zod";
import { COUNTY_LIST_SOURCE, lookUpCounty } from "./county-names.ts";
import { email, httpUrl, isoDate, localDateTime, phone, plainText, yearOrDate } from "../validation/fields.ts";
import { isTimeZone, mainZones } from "./state-zones.ts";

export const scopes = ["city", "county", "state", "region"] as const;
export const statuses = ["forming", "active", "dormant"] as const;

export interface Vocabulary {
  stateCodes: readonly string[];
  memberKinds: readonly string[];
  /** County names by state code (src/alliances/counties.ts): with them, counties are checked against their state's list. */
  counties?: Readonly<Record<string, readonly string[]>> | undefined;
}

const oneOrMore = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

/** A county its states' lists do not have, unless `location` says where the alliance is. */
function countyIssues(fields: Partial<Record<string, unknown>>, vocabulary: Vocabulary, ctx: z.RefinementCtx): void {
  const listsOf = vocabulary.counties;
  const { county: counties, state: states } = fields;
  if (!listsOf || fields.location !== undefined || !Array.isArray(counties) || !Array.isArray(states)) return;
  const codes = states.filter((code): code is string => typeof code === "string" && vocabulary.stateCodes.includes(code));
  const lists = codes.map((code) => listsOf[code]);
  counties.forEach((county: unknown, index) => {
    if (typeof county !== "string") return;
    const lookup = lookUpCounty(county, lists);
    if (lookup.found || !lookup.known) return;
    const few = lookup.candidates.length <= 10 ? ` (${lookup.candidates.join(", ")})` : "";
    ctx.addIssue({
      code: "custom",
      // A single county (`county: Cok`) has no index of its own.
      path: counties.length === 1 ? ["county"] : ["county", index],
      input: county,
      message: `a county of ${codes.join(" or ")} as named in ${COUNTY_LIST_SOURCE}${few}. Counties are renamed and redrawn: if yours is newer than that list, give the alliance's \`location: { lat: …, lon: … }\` and the county is kept as written`,
      params: { suggestion: lookup.guess ? `did you mean \`${lookup.guess}\`?` : undefined },
    });
  });
}

export function allianceSchema(vocabulary: Vocabulary) {
  const stateCodeMessage = "a USPS code from data/states.yaml, such as IL, DC or PR";
  const stateCode = z
    .string({ error: (issue) => (issue.code === "invalid_type" ? stateCodeMessage : undefined) })
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => vocabulary.stateCodes.includes(value), { message: stateCodeMessage });
  const memberKind = z.string().refine((value) => vocabulary.memberKinds.includes(value), {
    message: `a member kind from data/member-kinds.yaml: ${vocabulary.memberKinds.join(", ")}`,
  });

  return z
    .strictObject({
      name: plainText(3, 160).describe("The alliance's full name, 3–160 characters; its file name is made from it."),
      scope: z.enum(scopes).describe("The area it covers: city, county, state or region."),
      state: oneOrMore(stateCode).describe("A USPS code such as IL; several codes only for a region across states."),
      city: plainText(1, 100, "a city name").optional().describe("The city; required when scope is city."),
      county: oneOrMore(plainText(1, 100, "a county name")).optional().describe("The county, or several counties; required when scope is county."),
      region: plainText(1, 100, "a region's name").optional().describe("The region's name, such as Twin Cities; required when scope is region."),
      status: z.enum(statuses).describe("forming (not yet met), active, or dormant (not meeting now)."),
      founded: yearOrDate.optional().describe("When it was founded: a year (YYYY) or a date (YYYY-MM-DD)."),
      verified: isoDate.optional().describe("When the contact details were last confirmed (YYYY-MM-DD); shown as stale after a year."),
      summary: plainText(10, 300).describe("One or two sentences of plain text, 10–300 characters."),
      sample: z.boolean().optional().describe("Marks the invented sample alliances shipped with the project."),
      host: z
        .strictObject({
          name: plainText(2, 160).describe("The organization that backs the founder, 2–160 characters."),
          url: httpUrl.optional().describe("The host organization's website (http:// or https://)."),
        })
        .describe("The organization that backs the founder."),
      contact: z
        .strictObject({
          name: plainText(2, 120).describe("The person to contact, 2–120 characters."),
          email: email.optional().describe("Their email address; an email or a contact page is required."),
          phone: phone.optional().describe("Their phone number, such as 612-555-0199."),
          url: httpUrl.optional().describe("A contact page (http:// or https://); an email or a contact page is required."),
        })
        .describe("Who answers for the alliance: a name, and an email or a contact page."),
      website: httpUrl.optional().describe("The alliance's own website (http:// or https://)."),
      meetings: plainText(1, 300).optional().describe("When and where it meets, as plain text, such as Third Wednesday, 7 pm, Central Library."),
      timezone: z
        .string()
        .trim()
        .refine(isTimeZone, { message: "an IANA time zone such as America/Chicago, America/Denver or Pacific/Honolulu" })
        .optional()
        .describe("An IANA time zone such as America/Chicago for the events' times; otherwise the zone found from the state, county, city or location."),
      location: z
        .strictObject({
          lat: z.number().min(-90).max(90).describe("Latitude, −90 to 90, such as 44.98."),
          lon: z.number().min(-180).max(180).describe("Longitude, −180 to 180, such as −93.27."),
        })
        .optional()
        .describe("Where to put it on the map; otherwise the county's center, else the state's."),
      members: z
        .array(
          z.strictObject({
            name: plainText(2, 160).describe("The member organization's name, 2–160 characters."),
            kind: memberKind.describe("What kind of organization it is (data/member-kinds.yaml)."),
            url: httpUrl.optional().describe("Its website (http:// or https://)."),
          }),
        )
        .optional()
        .describe("The organizations that belong to the alliance."),
      events: z
        .array(
          z.strictObject({
            date: localDateTime.describe("The day, YYYY-MM-DD, optionally with a local time, YYYY-MM-DDTHH:MM (24-hour)."),
            title: plainText(3, 160).describe("What the event is, 3–160 characters."),
            place: plainText(1, 200).optional().describe("Where it takes place."),
            url: httpUrl.optional().describe("A page about the event (http:// or https://)."),
          }),
        )
        .optional()
        .describe("Upcoming and past events."),
      concerns: z.array(plainText(2, 80).describe("A concern, 2–80 characters.")).optional().describe("The issues the alliance cares most about, such as genocide prevention."),
    })
    .superRefine(
      (alliance, ctx) => {
        // Runs even when other fields failed, so every problem is reported at once: read defensively.
        const fields = alliance as Partial<Record<string, unknown>>;
        countyIssues(fields, vocabulary, ctx);
        const required = { city: "Chicago", county: "Cook", region: "Twin Cities" } as const;
        for (const [field, example] of Object.entries(required)) {
          if (fields.scope === field && fields[field] === undefined) {
            ctx.addIssue({ code: "custom", path: [field], input: undefined, message: `a ${field} when scope is ${field} (e.g. \`${field}: ${example}\`)` });
          }
        }
        if (fields.scope !== "region" && Array.isArray(fields.state) && fields.state.length > 1) {
          ctx.addIssue({
            code: "custom",
            path: ["state"],
            input: fields.state,
            message: "one state code (a list of states is only for scope: region)",
          });
        }
        const events = Array.isArray(fields.events) ? (fields.events as { date?: unknown }[]) : [];
        const timed = events.some((event) => typeof event?.date === "string" && /[T ]\d{2}:\d{2}$/.test(event.date));
        // Only states that passed: an unknown code has its own problem already.
        const states = Array.isArray(fields.state) && fields.state.every((code) => vocabulary.stateCodes.includes(code)) ? (fields.state as string[]) : [];
        const zones = mainZones(states);
        if (timed && fields.timezone === undefined && states.length && zones.length !== 1) {
          const codes = states.join(", ");
          ctx.addIssue({
            code: "custom",
            path: ["timezone"],
            input: undefined,
            message: zones.length
              ? `a \`timezone\` for the events' times, which the states ${codes} do not settle: they span ${zones.join(", ")} (e.g. \`timezone: ${zones[0]}\`)`
              : `a \`timezone\` for the events' times: no zone is known for ${codes} (src/alliances/timezone.ts lists each state's)`,
          });
        }
        const contact = fields.contact as Partial<Record<string, unknown>> | undefined;
        if (contact && typeof contact === "object" && !contact.email && !contact.url) {
          ctx.addIssue({
            code: "custom",
            path: ["contact"],
            input: contact,
            message: "an `email` or a `url` in contact, so people can reach the alliance",
          });
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    );
}

export type AllianceSchema = ReturnType<typeof allianceSchema>;
export type AllianceFrontMatter = z.output<AllianceSchema>;
