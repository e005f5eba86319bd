import { sessionCodeSheet, sessionCodesNote } from '../../replies/feedback-notes.js';
import { eventGoneNote } from '../../replies/organizer-command-notes.js';
import { listSessionCodes } from '../../services/attendance/list-session-codes.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos session-codes`: every session's attendance code, and a printable sheet of their QR codes. */
export const sessionCodes = defineCommand({
  name: 'session-codes',
  aliases: ['session codes'],
  role: 'staff',
  runs: 'queued',
  parse: () => ({}),
  run: (ctx) => listSessionCodes(ctx.em, ctx.seat.eventId),
  reply: (list) =>
    list
      ? answer(sessionCodesNote(list), list.sessions.length > 0 ? { sheet: sessionCodeSheet(list) } : {})
      : answer(eventGoneNote()),
});
