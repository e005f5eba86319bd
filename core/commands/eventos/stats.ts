import { eventGoneNote } from '../../replies/organizer-command-notes.js';
import { statsNote } from '../../replies/organizer-notes.js';
import { eventStats } from '../../services/organizer/event-stats.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos stats`: sales, seats, waiting lists, handoffs, sponsor leads and meetings per tier. */
export const stats = defineCommand({
  name: 'stats',
  role: 'staff',
  runs: 'queued',
  parse: () => ({}),
  run: (ctx) => eventStats(ctx.em, ctx.seat.eventId),
  reply: (found) => answer(found ? statsNote(found) : eventGoneNote()),
});
