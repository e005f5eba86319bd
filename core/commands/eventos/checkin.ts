import { usageNote } from '../../replies/organizer-command-notes.js';
import { checkInNote } from '../../replies/organizer-notes.js';
import { findTicketsToCheckIn } from '../../services/check-in/find-tickets-to-check-in.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos checkin <reference | name | phone>`: the matching tickets, each with a Check in button. */
export const checkin = defineCommand({
  name: 'checkin',
  aliases: ['check-in'],
  role: 'staff',
  runs: 'queued',
  parse: (input) => (input ? { query: input } : null),
  run: async (ctx, args) => ({
    query: args.query,
    tickets: await findTicketsToCheckIn(ctx.em, ctx.seat.eventId, args.query),
  }),
  reply: (o) => answer(checkInNote(o.query, o.tickets)),
  usage: () => usageNote('checkin'),
});
