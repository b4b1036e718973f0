/**
 * Synthetic alliances for the benchmark: schema-valid alliance files of realistic size (members,
 * events, a story of a few hundred words), generated deterministically from a seed. Alliance `i`
 * depends only on the seed and `i`, so a site of 1,000 alliances holds the 100 of the smaller one.
 * Places are real: state codes from data/states.yaml, county names from us-atlas, cities (with
 * coordinates) from the `zipcodes` package.
 */
import { createRequire } from "node:module";
import { scopes, statuses } from "../alliances/schema.ts";
import { mainZones } from "../alliances/state-zones.ts";
import type { MemberKinds, StatesTable } from "../site/schema.ts";
import { slugify } from "../text/slugify.ts";

const require = createRequire(import.meta.url);

export interface County {
  state: string;
  name: string;
}

export interface City {
  state: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Places {
  /** USPS codes that can be used, in data/states.yaml order. */
  states: string[];
  stateNames: Record<string, string>;
  counties: County[];
  cities: City[];
}

/** Real counties and cities of the states in the table, in a stable order. */
export function loadPlaces(states: StatesTable): Places {
  const byFips = new Map(Object.entries(states).map(([code, state]) => [state.fips, code]));
  const atlas = require("us-atlas/counties-10m.json") as {
    objects: { counties: { geometries: { id?: string | number; properties?: { name?: string } }[] } };
  };
  const counties: County[] = [];
  for (const geometry of atlas.objects.counties.geometries) {
    const state = byFips.get(String(geometry.id ?? "").slice(0, 2));
    const name = geometry.properties?.name;
    if (state && name) counties.push({ state, name });
  }
  counties.sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name));

  const { codes } = require("zipcodes") as { codes: Record<string, { city: string; state: string; latitude: number; longitude: number }> };
  const seen = new Set<string>();
  const cities: City[] = [];
  for (const zip of Object.keys(codes).sort()) {
    const entry = codes[zip]!;
    const key = `${entry.state}:${entry.city}`;
    if (!(entry.state in states) || seen.has(key) || !/^[A-Za-z][A-Za-z .'-]{0,60}$/.test(entry.city)) continue;
    seen.add(key);
    cities.push({ state: entry.state, name: entry.city, lat: Math.round(entry.latitude * 100) / 100, lon: Math.round(entry.longitude * 100) / 100 });
  }
  return {
    states: Object.keys(states),
    stateNames: Object.fromEntries(Object.entries(states).map(([code, state]) => [code, state.name])),
    counties,
    cities,
  };
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per alliance: the seed and the index mixed (murmur3's finalizer). */
function streamSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Dice {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error("nothing to pick from");
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries.at(-1)![0];
  }
  /** `count` distinct items (fewer when there are not that many). */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

const FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Imani", "Jonas", "Keisha", "Luis", "Maya", "Nikolai", "Omar", "Priya", "Quinn", "Rosa", "Samuel", "Tamar", "Uma", "Victor", "Wen", "Yusuf", "Zoe"];
const LAST = ["Abbott", "Baptiste", "Chen", "Delgado", "Eriksen", "Fofana", "Garcia", "Haddad", "Ivanova", "Johnson", "Kowalski", "Lindqvist", "Mbeki", "Nakamura", "O'Brien", "Petrov", "Quispe", "Rahman", "Schultz", "Tran", "Underwood", "Vasquez", "Whitfield", "Yilmaz", "Zhou"];
const ALLIANCE_WORDS = ["Alliance for the ICC", "Coalition for the International Criminal Court", "Alliance for the International Criminal Court", "Friends of the ICC", "Citizens for the Rome Statute"];
const HOSTS = ["{place} Interfaith Council", "{place} Bar Association, International Law Section", "{place} United Nations Association chapter", "League of Women Voters of {place}", "{place} Peace and Justice Center", "First Congregational Church of {place}", "{place} Rotary Club", "{place} Human Rights Commission (volunteers)"];
const MEMBERS: Record<string, string[]> = {
  faith: ["St. Mark's Episcopal Church", "Temple Beth Shalom", "{place} Islamic Center", "Grace Lutheran Church", "{place} Friends Meeting", "Holy Family Parish", "Unitarian Universalist Fellowship of {place}"],
  civic: ["{place} Rotary Club", "League of Women Voters of {place}", "{place} Kiwanis", "{place} Neighborhood Council", "{place} World Affairs Council"],
  legal: ["{place} Bar Association", "{place} Chapter, Federal Bar Association", "Public Interest Law Society", "{place} Legal Aid Volunteers"],
  academic: ["{place} Community College", "State University Center for Human Rights", "{place} College, Department of Political Science"],
  student: ["Amnesty International student group", "Model United Nations Club", "Law Students for Human Rights", "{place} High School Civics Club"],
  veterans: ["American Legion Post {n}", "VFW Post {n}", "Veterans for Peace, Chapter {n}"],
  "human-rights": ["{place} Amnesty International Group {n}", "{place} Refugee Support Network", "Survivors' Voices {place}"],
  professional: ["{place} Medical Society, Global Health Committee", "Social Workers for Justice, {place}", "{place} Journalists' Guild"],
  labor: ["Teachers Local {n}", "Nurses United, {place} unit", "{place} Central Labor Council"],
  other: ["{place} Public Library Friends", "{place} Film Society", "{place} Book Club for Global Affairs"],
};
const EVENTS = ["Monthly meeting and teach-in", "International Criminal Justice Day forum", "Film screening and discussion", "Letter-writing evening", "Talk on the Rome Statute", "Visit to our member of Congress's district office", "Panel: accountability for atrocity crimes", "Continuing legal education seminar", "Open house for new member organizations", "Book discussion: the road to The Hague"];
const VENUES = ["Central Library, Meeting Room B", "{place} Community Center", "First Congregational Church, fellowship hall", "{place} Law School, Room 101", "City Hall annex", "Union hall, second floor"];
const CONCERNS = ["genocide prevention", "victims' reparations", "accountability for war crimes", "sexual violence in conflict", "children in armed conflict", "U.S. cooperation with the Court", "ratification of the Rome Statute", "refugees and survivors", "international humanitarian law"];
const MEETINGS = ["First Monday, 7 pm, {venue}", "Second Tuesday, 6:30 pm, {venue}", "Third Wednesday, 7 pm, {venue}", "Last Thursday, noon, {venue}", "Quarterly, on a Saturday morning, {venue}"];
const SUMMARIES = [
  "{members} organizations in {place} working together for U.S. cooperation with the International Criminal Court and ratification of the Rome Statute.",
  "Congregations, bar groups and civic clubs in {place} building public support for the ICC through forums, letters and visits to elected officials.",
  "An alliance of {members} member organizations in {place}: teach-ins, film nights and letters for international justice.",
  "People of faith, lawyers, veterans and students in {place} who want the United States to support the International Criminal Court.",
];
const OPENINGS = [
  "We started in {year} when a few neighbors from {host} asked what our community could do about atrocity crimes far from home.",
  "Our alliance grew out of a single evening in {year}: a talk at {host} that filled the room and left people asking for more.",
  "In {year}, {contact} and a handful of member organizations met around a kitchen table in {place} and decided to start an alliance.",
];
const SENTENCES = [
  "Today we bring together {members} organizations, from congregations and bar groups to student clubs and veterans' posts.",
  "Every meeting opens with a short teach-in on the International Criminal Court, so that newcomers can follow the conversation.",
  "We write letters to our members of Congress twice a year and visit their district offices to talk about cooperation with the Court.",
  "Many of our members came to {place} from countries that have lived through war and mass atrocity, and their stories shape our work.",
  "We keep our alliance nonpartisan: Republicans, Democrats and independents sit at the same table.",
  "Our film nights draw people who would never come to a meeting, and some of them have become our most active members.",
  "Local reporters have covered our forums on International Criminal Justice Day, and the coverage brought in new member organizations.",
  "We work closely with the national coalition's secretariat, which helps with speakers, materials and advice.",
  "Students from the local college organize a Model ICC every spring, and our lawyers serve as judges.",
  "We believe that justice for the gravest crimes should not depend on where the victims live.",
  "Our veterans' posts remind us that accountability for war crimes protects soldiers as well as civilians.",
  "The public library lends us its meeting room, and its staff have helped us build a reading list on international justice.",
];
const DOING = ["Monthly meetings open to the public", "A yearly forum on 17 July, International Criminal Justice Day", "Letter-writing evenings in spring and fall", "Film screenings in community centers", "Talks in schools, congregations and civic clubs", "Visits to the district offices of our members of Congress"];

const pad = (n: number) => String(n).padStart(2, "0");

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}.`);

export interface SyntheticAlliance {
  slug: string;
  /** The alliance file: front matter and story. */
  file: string;
  /** The same text as plain Markdown (no front matter), for the bare-Eleventy baseline. */
  plain: string;
  name: string;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** The build's "today" (BUILD_DATE): events fall around it. */
  today: string;
  places: Places;
  memberKinds: MemberKinds;
}

interface Draft {
  name: string;
  scope: (typeof scopes)[number];
  state: string[];
  place: string;
  city?: string;
  county?: string;
  region?: string;
  location?: { lat: number; lon: number };
}

/** The first alliance is always in Chicago, so the benchmark's search query has an answer at every size. */
const FIRST_CITY = { state: "IL", name: "Chicago", lat: 41.88, lon: -87.63 };

function draftPlace(dice: Dice, places: Places, index: number): Draft {
  if (index === 0 && places.states.includes(FIRST_CITY.state)) {
    const { name, state, lat, lon } = FIRST_CITY;
    return { name: `${name} ${dice.pick(ALLIANCE_WORDS)}`, scope: "city", state: [state], city: name, place: name, location: { lat, lon } };
  }
  const scope = dice.weighted({ city: 40, county: 45, state: 5, region: 10 } satisfies Record<(typeof scopes)[number], number>);
  const words = dice.pick(ALLIANCE_WORDS);
  switch (scope) {
    case "county": {
      const county = dice.pick(places.counties);
      const label = /\b(county|parish|borough|area)\b/i.test(county.name) ? county.name : `${county.name} County`;
      return { name: `${label} ${words}`, scope, state: [county.state], county: county.name, place: label };
    }
    case "city": {
      const city = dice.pick(places.cities);
      return {
        name: `${city.name} ${words}`,
        scope,
        state: [city.state],
        city: city.name,
        place: city.name,
        ...(dice.chance(0.5) ? { location: { lat: city.lat, lon: city.lon } } : {}),
      };
    }
    case "state": {
      const code = dice.pick(places.states);
      const name = places.stateNames[code] ?? code;
      return { name: `${name} ${words}`, scope, state: [code], place: name };
    }
    case "region": {
      const city = dice.pick(places.cities);
      const second = dice.chance(0.3) ? dice.pick(places.states.filter((code) => code !== city.state)) : undefined;
      const region = `Greater ${city.name}`;
      return { name: `${region} ${words}`, scope, state: second ? [city.state, second] : [city.state], region, place: region };
    }
  }
}

/** YAML double-quoted scalars are a superset of JSON strings. */
const q = (text: string) => JSON.stringify(text);

function generateOne(index: number, seed: number, options: GenerateOptions): Omit<SyntheticAlliance, "slug"> & { baseSlug: string } {
  const dice = new Dice(prng(streamSeed(seed, index)));
  const draft = draftPlace(dice, options.places, index);
  const { place } = draft;
  const status = dice.weighted({ active: 70, forming: 20, dormant: 10 } satisfies Record<(typeof statuses)[number], number>);
  const year = dice.int(1998, Number(options.today.slice(0, 4)) - 1);
  const founded = dice.chance(0.3) ? String(year) : `${year}-${pad(dice.int(1, 12))}-${pad(dice.int(1, 28))}`;
  const first = dice.pick(FIRST);
  const last = dice.pick(LAST);
  const contactName = `${first} ${last}`;
  const emailUser = slugify(`${first}.${last}`).replace(/-/g, ".");
  const host = fill(dice.pick(HOSTS), { place });
  const kinds = Object.keys(options.memberKinds);
  const memberCount = dice.int(2, 14);
  const members = Array.from({ length: memberCount }, () => {
    const kind = dice.pick(kinds);
    const name = fill(dice.pick(MEMBERS[kind] ?? MEMBERS.other!), { place, n: dice.int(2, 999) });
    return { kind, name: clip(name, 160), url: dice.chance(0.3) ? `https://example.org/${slugify(name)}` : undefined };
  });
  const venue = fill(dice.pick(VENUES), { place });
  const events = Array.from({ length: dice.pick([0, 0, 1, 1, 2, 2, 3, 4, 6]) }, () => {
    const day = addDays(options.today, dice.int(-400, 300));
    return {
      date: dice.chance(0.8) ? `${day}T${pad(dice.int(9, 20))}:${dice.pick(["00", "15", "30"])}` : day,
      title: dice.pick(EVENTS),
      place: dice.chance(0.8) ? fill(dice.pick(VENUES), { place }) : undefined,
      url: dice.chance(0.3) ? `https://example.org/events/${index}-${dice.int(1, 9999)}` : undefined,
    };
  });
  const concerns = dice.some(CONCERNS, dice.int(0, 4));
  const values = { place, host, contact: contactName, year, members: memberCount, status };
  const summary = clip(fill(dice.pick(SUMMARIES), values), 300);
  const website = dice.chance(0.6) ? `https://example.org/${slugify(draft.name)}` : undefined;
  const meetings = dice.chance(0.7) ? fill(dice.pick(MEETINGS), { venue }) : undefined;
  const phone = dice.chance(0.6) ? `${dice.int(201, 989)}-555-${String(dice.int(100, 199)).padStart(4, "0")}` : undefined;
  const verified = dice.chance(0.7) ? addDays(options.today, -dice.int(0, 700)) : undefined;

  const paragraphs = [
    `${fill(dice.pick(OPENINGS), values)} ${dice.some(SENTENCES, 2).map((s) => fill(s, values)).join(" ")}`,
    dice.some(SENTENCES, dice.int(2, 4)).map((s) => fill(s, values)).join(" "),
  ];
  const doing = dice.some(DOING, dice.int(3, 5));
  const closing = dice.some(SENTENCES, dice.int(2, 4)).map((s) => fill(s, values)).join(" ");
  const story = [...paragraphs, "## What we do", doing.map((item) => `- ${item}.`).join("\n"), "## Looking ahead", closing].join("\n\n");

  const lines = [
    "---",
    `name: ${q(draft.name)}`,
    `scope: ${draft.scope}`,
    `state: ${draft.state.length === 1 ? draft.state[0] : `[${draft.state.join(", ")}]`}`,
    ...(draft.city ? [`city: ${q(draft.city)}`] : []),
    ...(draft.county ? [`county: ${q(draft.county)}`] : []),
    ...(draft.region ? [`region: ${q(draft.region)}`] : []),
    `status: ${status}`,
    `founded: ${q(founded)}`,
    ...(verified ? [`verified: ${verified}`] : []),
    `summary: ${q(summary)}`,
    "host:",
    `  name: ${q(host)}`,
    ...(dice.chance(0.5) ? [`  url: https://example.org/${slugify(host)}`] : []),
    "contact:",
    `  name: ${q(contactName)}`,
    `  email: ${emailUser}@example.org`,
    ...(phone ? [`  phone: ${q(phone)}`] : []),
    ...(website ? [`website: ${website}`] : []),
    ...(meetings ? [`meetings: ${q(meetings)}`] : []),
    ...(draft.location ? [`location: { lat: ${draft.location.lat}, lon: ${draft.location.lon} }`] : []),
    // A region across time zones says which one its event times are in, as the schema requires.
    ...(events.length && mainZones(draft.state).length > 1 ? [`timezone: ${mainZones(draft.state)[0]}`] : []),
    "members:",
    ...members.flatMap((member) => [`  - name: ${q(member.name)}`, `    kind: ${member.kind}`, ...(member.url ? [`    url: ${member.url}`] : [])]),
    ...(events.length ? ["events:"] : []),
    ...events.flatMap((event) => [
      `  - date: ${event.date}`,
      `    title: ${q(event.title)}`,
      ...(event.place ? [`    place: ${q(event.place)}`] : []),
      ...(event.url ? [`    url: ${event.url}`] : []),
    ]),
    ...(concerns.length ? [`concerns: [${concerns.map(q).join(", ")}]`] : []),
    "---",
    story,
    "",
  ];

  // The same words as the alliance's page, as plain Markdown.
  const plain = [
    `# ${draft.name}`,
    `${draft.scope} alliance · ${place}, ${draft.state.map((code) => options.places.stateNames[code] ?? code).join(" and ")} · ${status}`,
    summary,
    "## At a glance",
    [`- Founded: ${founded}`, `- Host organization: ${host}`, ...(meetings ? [`- Meetings: ${meetings}`] : []), ...(website ? [`- Website: ${website}`] : [])].join("\n"),
    "## Contact",
    [contactName, `${emailUser}@example.org`, ...(phone ? [phone] : [])].join("\n"),
    "## Events",
    events.length ? events.map((event) => `- ${event.date}: ${event.title}${event.place ? `, ${event.place}` : ""}`).join("\n") : "No upcoming events are listed.",
    `## Member organizations (${memberCount})`,
    members.map((member) => `- ${member.name} (${options.memberKinds[member.kind] ?? member.kind})`).join("\n"),
    ...(concerns.length ? ["## What our members care about", concerns.map((concern) => `- ${concern}`).join("\n")] : []),
    "## Our story",
    story,
    "",
  ].join("\n\n");

  return { baseSlug: slugify(draft.place) || "alliance", name: draft.name, file: lines.join("\n"), plain };
}

/** `count` alliances; the first `k` are the same for any count ≥ k. Slugs are unique. */
export function generateAlliances(options: GenerateOptions): SyntheticAlliance[] {
  const seed = options.seed ?? 2026;
  const used = new Set<string>();
  const out: SyntheticAlliance[] = [];
  for (let index = 0; index < options.count; index++) {
    const { baseSlug, ...alliance } = generateOne(index, seed, options);
    let slug = baseSlug;
    // Reserved by the kits (kits/handbook.pdf, kits/founder-kit.pdf), and taken slugs.
    for (let n = 2; used.has(slug) || slug === "handbook" || slug === "founder-kit"; n++) slug = `${baseSlug}-${n}`;
    used.add(slug);
    out.push({ slug, ...alliance });
  }
  return out;
}
