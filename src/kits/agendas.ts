/**
 * The agendas a kit prints: the alliance's next event, its regular meeting when no event is
 * listed, or, for a founder, the organizational meeting. Their words are in data/agendas.yaml
 * (the handbook's chapter shows the same organizational agenda); this fills them in and adds up
 * the minutes.
 */
import type { AllianceView, EventView } from "../alliances/view.ts";
import type { AgendaText, Agendas } from "../site/schema.ts";
import { fillPlaceholders, type PlaceholderValues } from "../text/placeholders.ts";

export interface AgendaItem {
  minutes: number;
  title: string;
  detail: string;
}

export interface Agenda {
  title: string;
  /** How a kit's description names this agenda. */
  phrase: string;
  intro: string;
  /** The event this agenda is for; without one, the page has blanks for date and place. */
  event?: EventView | undefined;
  items: AgendaItem[];
  totalMinutes: number;
}

function agenda(text: AgendaText, values: PlaceholderValues, event?: EventView): Agenda {
  const fill = (value: string) => fillPlaceholders(value, values);
  const items = text.items.map((item) => ({ minutes: item.minutes, title: fill(item.title), detail: fill(item.detail) }));
  return {
    title: fill(text.title),
    phrase: fill(text.phrase),
    intro: fill(text.intro),
    event,
    items,
    totalMinutes: items.reduce((sum, item) => sum + item.minutes, 0),
  };
}

export function eventAgenda(agendas: Agendas, allianceName: string, event: EventView): Agenda {
  return agenda(agendas.event, { alliance: allianceName, event: event.title, place: event.place, when: event.when }, event);
}

export function meetingAgenda(agendas: Agendas, allianceName: string, meetings: string | undefined): Agenda {
  return agenda(agendas.meeting, { alliance: allianceName, meetings });
}

export function organizationalAgenda(agendas: Agendas): Agenda {
  return agenda(agendas.organizational, {});
}

/** The agenda a packet prints: the alliance's next event's, its regular meeting's, or (no alliance) the founder's. */
export function agendaFor(agendas: Agendas, alliance: Pick<AllianceView, "name" | "meetings" | "upcoming"> | undefined): Agenda {
  if (!alliance) return organizationalAgenda(agendas);
  const next = alliance.upcoming[0];
  return next ? eventAgenda(agendas, alliance.name, next) : meetingAgenda(agendas, alliance.name, alliance.meetings);
}
