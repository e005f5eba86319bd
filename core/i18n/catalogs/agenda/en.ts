/** The agenda: one session, what is on at a time, a day's programme. Days and times come formatted. */
export const agendaEn = {
  'agenda.session': '“{title}” — {day}, {start}–{end}, {room}',
  'agenda.sessionWith': '“{title}” — {day}, {start}–{end}, {room} with {speakers}',
  'agenda.onAt': 'On at {time}, {day}:',
  'agenda.nothingOnNext': 'Nothing is on at {time} on {day}. Coming up next:',
  'agenda.nothingLater': 'Nothing is scheduled at {time} or later on {day}.',
  'agenda.emptyDay': "There's nothing on the agenda for {day}.",
  'agenda.header': '{event} — {day} (times in {zone} time):',
} as const;

export type AgendaId = keyof typeof agendaEn;
