import type { AgendaId } from './en.js';

export const agendaEs: Readonly<Record<AgendaId, string>> = {
  'agenda.session': '«{title}» — {day}, {start}–{end}, {room}',
  'agenda.sessionWith': '«{title}» — {day}, {start}–{end}, {room}, con {speakers}',
  'agenda.onAt': 'En curso a las {time}, {day}:',
  'agenda.nothingOnNext': 'No hay nada a las {time} ({day}). Lo siguiente:',
  'agenda.nothingLater': 'No hay nada programado a partir de las {time} ({day}).',
  'agenda.emptyDay': 'No hay nada en el programa para el {day}.',
  'agenda.header': '{event} — {day} ({zone}):',
};
