import type { AgendaId } from './en.js';

export const agendaPt: Readonly<Record<AgendaId, string>> = {
  'agenda.session': '“{title}” — {day}, {start}–{end}, {room}',
  'agenda.sessionWith': '“{title}” — {day}, {start}–{end}, {room}, com {speakers}',
  'agenda.onAt': 'A decorrer às {time}, {day}:',
  'agenda.nothingOnNext': 'Não há nada às {time} ({day}). A seguir:',
  'agenda.nothingLater': 'Não há nada marcado a partir das {time} ({day}).',
  'agenda.emptyDay': 'Não há nada no programa para {day}.',
  'agenda.header': '{event} — {day} ({zone}):',
};
