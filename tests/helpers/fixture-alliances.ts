/**
 * The tests' own alliances (tests never read the samples in content/alliances/).
 *
 * - `springfieldFields`, `twinPortsFields`: the two small alliances the directory and kits build
 *   tests share, as `allianceFile` fields (each test adds what it checks).
 * - `cookAndDupageFields`: a county alliance over two counties (the input and reproducibility tests).
 * - `DIRECTORY`: a whole directory for the site-wide build and browser tests: every scope and
 *   status, a region across states, a county list, a territory, events past and upcoming, and
 *   places "near me" can be checked against (Chicago, Seattle, Minneapolis).
 */
import { allianceFile } from "./fixture-site.ts";

/** A city alliance in Illinois with two kinds of member, an upcoming event and a past one. */
export const springfieldFields = {
  meetings: "First Monday, 7 pm, Lincoln Library",
  members: [
    { name: "First Church", kind: "faith" },
    { name: "Springfield Bar Association", kind: "legal", url: "https://example.org/bar" },
  ],
  events: [
    { date: "2027-01-20T19:00", title: "Talk on the Rome Statute", place: "Lincoln Library" },
    { date: "2025-03-01", title: "Old film night" },
  ],
};

/** A forming region across Minnesota and Wisconsin, with its own host and contact. */
export const twinPortsFields = {
  name: "Twin Ports Alliance",
  scope: "region",
  region: "Twin Ports",
  city: undefined,
  state: ["MN", "WI"],
  status: "forming",
  host: { name: "Duluth Civic Forum" },
  contact: { name: "Lee Park", email: "lee@example.org" },
};

/** A county alliance over a list of two counties. */
export const cookAndDupageFields = {
  name: "Cook and DuPage Alliance for the ICC",
  scope: "county",
  city: "",
  county: "[Cook, DuPage]",
  summary: "Bar associations and congregations in Cook and DuPage counties.",
};

/** One alliance of `DIRECTORY`: its slug, what a reader sees first, and its file. */
export interface DirectoryAlliance {
  slug: string;
  name: string;
  file: string;
}

function entry(slug: string, fields: Record<string, unknown>, story?: string): DirectoryAlliance {
  return { slug, name: String(fields.name), file: allianceFile(fields, story) };
}

const STORY = [
  "We began as a reading group at the public library and grew into a coalition of congregations, bar groups and student clubs.",
  "## What we do",
  "- Monthly meetings, open to the public, with a short teach-in.\n- Letter-writing evenings in spring and fall.\n- A forum every 17 July for International Criminal Justice Day.",
  "## Looking ahead",
  "We welcome new member organizations from every part of the region.",
].join("\n\n");

export const DIRECTORY: readonly DirectoryAlliance[] = [
  // The fullest one: every optional field, members of many kinds, events on both sides of the build date.
  entry(
    "lakeshore",
    {
      name: "Lakeshore Coalition for the International Criminal Court",
      scope: "county",
      state: "IL",
      city: undefined,
      county: "Cook",
      status: "active",
      founded: "2003-07-17",
      verified: "2026-08-21",
      summary: "Chicago-area congregations, bar groups, unions and student clubs building public support for U.S. cooperation with the ICC.",
      host: { name: "Lakefront Center for Global Justice", url: "https://example.org/lakefront-center" },
      contact: { name: "Rosa Delgado", email: "rosa@example.org", phone: "312-555-0163", url: "https://example.org/lakeshore/contact" },
      website: "https://example.org/lakeshore",
      meetings: "Second Tuesday, 6:30 pm, downtown public library, Meeting Room 4",
      location: { lat: 41.88, lon: -87.63 },
      members: [
        { name: "South Side Ministerial Fellowship for Peace", kind: "faith" },
        { name: "Loop Lawyers' Committee on International Justice", kind: "legal", url: "https://example.org/loop-lawyers" },
        { name: "Lakeshore University Center for Human Rights", kind: "academic" },
        { name: "Pilsen Human Rights Collective", kind: "human-rights" },
        { name: "Teachers Local 7 Global Justice Committee", kind: "labor" },
        { name: "Great Lakes Veterans for Accountability", kind: "veterans" },
        { name: "Northwest Side Civic Assembly", kind: "civic" },
      ],
      events: [
        { date: "2025-07-17T18:00", title: "International Criminal Justice Day forum", place: "Lakeshore University, Mitchell Hall" },
        { date: "2026-12-12T14:00", title: "Film screening: survivors' testimony", place: "Northwest Side Community Center", url: "https://example.org/lakeshore/events/film" },
        { date: "2027-03-04T18:30", title: "Continuing legal education seminar on the Rome Statute", place: "Loop Lawyers' Committee" },
      ],
      concerns: ["accountability for war crimes", "sexual violence in conflict", "victims' reparations"],
    },
    STORY,
  ),
  entry("oak-park", {
    name: "Oak Park Friends of the ICC",
    city: "Oak Park",
    status: "forming",
    summary: "Neighbors in Oak Park starting an alliance with their congregations and civic clubs.",
    location: { lat: 41.89, lon: -87.79 },
  }),
  entry("puget-sound", {
    name: "Puget Sound Alliance for the ICC",
    scope: "county",
    state: "WA",
    city: undefined,
    county: "King",
    summary: "Congregations, veterans' posts and law students in King County working for cooperation with the Court.",
    location: { lat: 47.61, lon: -122.33 },
    events: [{ date: "2027-02-10T19:00", title: "Teach-in on the Rome Statute", place: "Seattle Central Library" }],
  }),
  entry("north-star", {
    name: "North Star Alliance for the ICC",
    scope: "region",
    state: ["MN", "WI"],
    city: undefined,
    region: "Twin Cities and western Wisconsin",
    summary: "Member organizations from Minneapolis, Saint Paul and across the river in Wisconsin.",
    location: { lat: 44.98, lon: -93.27 },
  }),
  entry("cascade-counties", {
    name: "Cascade Counties Coalition for the ICC",
    scope: "county",
    state: "OR",
    city: undefined,
    county: ["Multnomah", "Washington", "Clackamas"],
    status: "dormant",
    summary: "A coalition of three Oregon counties, resting for now and glad to hear from anyone who would restart it.",
  }),
  entry("green-mountain", {
    name: "Green Mountain Alliance for the ICC",
    scope: "state",
    state: "VT",
    city: undefined,
    summary: "Vermont's statewide alliance of town meetings, congregations and college groups.",
  }),
  entry("capital-region", {
    name: "Capital Region Alliance for the ICC",
    scope: "region",
    state: ["DC", "MD", "VA"],
    city: undefined,
    region: "National Capital Region",
    summary: "Organizations in the District, suburban Maryland and Northern Virginia.",
    location: { lat: 38.9, lon: -77.04 },
  }),
  entry("san-juan", {
    name: "San Juan Alliance for the ICC",
    state: "PR",
    city: "San Juan",
    summary: "Congregations and student groups in San Juan for cooperation with the International Criminal Court.",
    location: { lat: 18.47, lon: -66.11 },
  }),
];

/** `DIRECTORY` as `makeFixtureSite` takes it: files by slug. */
export const DIRECTORY_FILES: Readonly<Record<string, string>> = Object.fromEntries(DIRECTORY.map((alliance) => [alliance.slug, alliance.file]));
