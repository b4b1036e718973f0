/**
 * The organizational meeting's model agenda in the handbook (`{% modelAgenda %}`), from the same
 * data the founder kit prints (data/agendas.yaml), written as Markdown so the chapter's renderer
 * treats it like the text around it (typographic quotes, list styles).
 */
import type { Agenda } from "../kits/agendas.ts";

/** Text from data kept literal in Markdown: no emphasis, link, HTML or code from its characters. */
function literal(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, (char) => `\\${char}`);
}

export function modelAgendaMarkdown(agenda: Agenda): string {
  const items = agenda.items.map((item, index) => `${index + 1}. **${literal(item.title)} (${item.minutes} minutes).** ${literal(item.detail)}`);
  return [literal(agenda.intro), items.join("\n"), `Total: ${agenda.totalMinutes} minutes.`].join("\n\n");
}
