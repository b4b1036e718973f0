/**
 * The agendas a kit prints: the alliance's next event, its regular meeting when no event is
 * listed, or, for a founder, the organizational meeting from the handbook's model agenda.
 */
import type { EventView } from "../alliances/view.ts";

export interface AgendaItem {
  minutes: number;
  title: string;
  detail: string;
}

export interface Agenda {
  title: string;
  intro: string;
  /** The event this agenda is for; without one, the page has blanks for date and place. */
  event?: EventView | undefined;
  items: AgendaItem[];
  totalMinutes: number;
}

function agenda(title: string, intro: string, items: AgendaItem[], event?: EventView): Agenda {
  return { title, intro, event, items, totalMinutes: items.reduce((sum, item) => sum + item.minutes, 0) };
}

export function eventAgenda(allianceName: string, event: EventView): Agenda {
  return agenda(
    `Agenda: ${event.title}`,
    `A public program of ${allianceName}. Guests from every organization are welcome; please sign the sheet by the door.`,
    [
      { minutes: 10, title: "Welcome and introductions", detail: "The host welcomes everyone; guests give their name and organization in one sentence." },
      { minutes: 5, title: "About the alliance", detail: `What ${allianceName} is, who belongs to it and what it does.` },
      { minutes: 30, title: "Program", detail: event.place ? `${event.title}, at ${event.place}` : event.title },
      { minutes: 20, title: "Questions and discussion", detail: "Questions for the speakers, and what the Court means for our community." },
      { minutes: 10, title: "How your organization can join", detail: "What membership involves, the next meeting, and the sign-up sheet." },
      { minutes: 5, title: "Thanks and closing", detail: "Thanks to the host and speakers; the date of the next meeting." },
    ],
    event,
  );
}

export function meetingAgenda(allianceName: string, meetings: string | undefined): Agenda {
  return agenda(
    "Model meeting agenda",
    `A one-hour meeting of ${allianceName}${meetings ? ` (${meetings})` : ""}. Ask one person to keep time and one to take notes.`,
    [
      { minutes: 5, title: "Welcome and any new members", detail: "Introduce guests and new member organizations." },
      { minutes: 10, title: "News", detail: "From the Court and from the national coalition." },
      { minutes: 15, title: "Reports on current activities", detail: "Each lead reports in two or three minutes." },
      { minutes: 20, title: "Planning the next event", detail: "Date, place, speaker, and who invites whom." },
      { minutes: 5, title: "Recruitment", detail: "Prospects and follow-ups: which organizations to ask next." },
      { minutes: 5, title: "Next steps and the next meeting", detail: "Read back decisions and who agreed to do what." },
    ],
  );
}

export function organizationalAgenda(): Agenda {
  return agenda(
    "Model agenda: the organizational meeting",
    "This agenda fits a ninety-minute meeting. Print it and hand it out, and ask one person to keep time.",
    [
      { minutes: 10, title: "Welcome and introductions", detail: "The host organization's leader welcomes everyone. Each person gives their name and organization in one sentence." },
      { minutes: 5, title: "Why we are here", detail: "The founder explains what an alliance is and what brought this group together." },
      { minutes: 20, title: "The Court and U.S. policy", detail: "A speaker from the secretariat, in person or by video, gives an overview, followed by questions." },
      { minutes: 10, title: "Purpose and name", detail: "Discuss and adopt the statement of purpose and the alliance's name." },
      { minutes: 10, title: "Membership", detail: "Confirm which organizations are joining, how others can join, and what membership involves." },
      { minutes: 15, title: "Officers and roles", detail: "Agree on roles and elect or appoint people to fill them." },
      { minutes: 15, title: "First activities", detail: "Choose one or two activities for the next three to six months and assign leads." },
      { minutes: 5, title: "Next meeting and closing", detail: "Set the date of the next meeting, thank the host and speaker, and close." },
    ],
  );
}
