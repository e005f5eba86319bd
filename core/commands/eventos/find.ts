import { usageNote } from '../../replies/organizer-command-notes.js';
import { peopleNote } from '../../replies/organizer-notes.js';
import { findPeople } from '../../services/organizer/find-people.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos find <name | phone>`: a person's tickets, waiting lists, handoff and consent. */
export const find = defineCommand({
  name: 'find',
  role: 'staff',
  runs: 'queued',
  parse: (input) => (input ? { query: input } : null),
  run: async (ctx, args) => ({
    query: args.query,
    people: await findPeople(ctx.em, ctx.seat.eventId, args.query),
  }),
  reply: (o) => answer(peopleNote(o.query, o.people)),
  usage: () => usageNote('find'),
});
