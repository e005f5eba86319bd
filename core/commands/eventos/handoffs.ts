import { handoffsNote } from '../../replies/organizer-notes.js';
import { listOpenHandoffs } from '../../services/handoffs/list-open-handoffs.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos handoffs`: conversations waiting for a human. */
export const handoffs = defineCommand({
  name: 'handoffs',
  role: 'staff',
  runs: 'queued',
  parse: () => ({}),
  run: (ctx) => listOpenHandoffs(ctx.em, ctx.seat.eventId),
  reply: (open) => answer(handoffsNote(open)),
});
