/**
 * What the packet's pieces print, prepared once per kit: an alliance's own details, or, for the
 * founder kit, nothing but the shape (every missing field prints as a blank to fill in).
 */
import { placeIn, type AllianceView, type EventView } from "../alliances/view.ts";
import type { Agendas, SiteConfig } from "../site/schema.ts";
import { absoluteUrl, urls } from "../urls.ts";
import { formatEventDate } from "../dates/dates.ts";
import { agendaFor, type Agenda } from "./agendas.ts";

/** The cover letter names this many member organizations, then says how many more there are. */
export const LETTER_MEMBERS = 6;

/** Rows on the sign-up sheet: enough for a meeting room, and still one page. */
export const SIGN_UP_ROWS = 16;

export interface PacketView {
  sample: boolean;
  name?: string | undefined;
  place?: string | undefined;
  summary?: string | undefined;
  status?: string | undefined;
  host?: AllianceView["host"] | undefined;
  contact?: AllianceView["contact"] | undefined;
  meetings?: string | undefined;
  website?: string | undefined;
  /** Up to LETTER_MEMBERS member names, and how many are left unnamed. */
  members: string[];
  moreMembers: number;
  nextEvent?: EventView | undefined;
  agenda: Agenda;
  /** The absolute address the flyer's QR code opens. */
  flyerUrl: string;
  signUpRows: number;
}

/**
 * The kit's language: its code (`lang`, for the alliance's area in it), where its flyer's page is
 * (`localized`) and the locale its dates and times are written in (`timeLocale`).
 */
export interface PacketLanguage {
  lang: string;
  localized: (address: string) => string;
  timeLocale: string;
}

const english: PacketLanguage = { lang: "en", localized: (address) => address, timeLocale: "en-US" };

export function packetView(alliance: AllianceView | undefined, site: Pick<SiteConfig, "url">, agendas: Agendas, language: PacketLanguage = english): PacketView {
  if (!alliance) {
    // A new alliance has no page yet: the flyer sends people to the site, which explains alliances.
    return { sample: false, members: [], moreMembers: 0, agenda: agendaFor(agendas, undefined), flyerUrl: absoluteUrl(site.url, language.localized(urls.home())), signUpRows: SIGN_UP_ROWS };
  }
  const when = (event: EventView) => formatEventDate(event.date, event.timeZone, language.timeLocale);
  const members = alliance.memberGroups.flatMap((group) => group.members.map((member) => member.name));
  const nextEvent = alliance.upcoming[0];
  return {
    sample: alliance.sample,
    name: alliance.name,
    place: placeIn(alliance, language.lang),
    summary: alliance.summary,
    status: alliance.statusLabel,
    host: alliance.host,
    contact: alliance.contact,
    meetings: alliance.meetings,
    website: alliance.website,
    members: members.slice(0, LETTER_MEMBERS),
    moreMembers: Math.max(0, members.length - LETTER_MEMBERS),
    nextEvent: nextEvent && { ...nextEvent, when: when(nextEvent) },
    agenda: agendaFor(agendas, alliance, when),
    flyerUrl: absoluteUrl(site.url, language.localized(alliance.url)),
    signUpRows: SIGN_UP_ROWS,
  };
}
