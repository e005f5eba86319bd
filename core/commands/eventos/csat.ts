import { csatNote } from '../../replies/feedback-notes.js';
import { summariseCsat } from '../../services/csat/csat-summary.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos csat`: satisfaction after resolved conversations, bot vs. human, by day. */
export const csat = defineCommand({
  name: 'csat',
  role: 'staff',
  runs: 'queued',
  parse: () => ({}),
  run: (ctx) => summariseCsat(ctx.em, ctx.seat.eventId),
  reply: (days) => answer(csatNote(days)),
});
