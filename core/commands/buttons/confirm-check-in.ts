import { isUuid } from '../../is-uuid.js';
import { checkInResultNote } from '../../replies/organizer-action-notes.js';
import { CHECKIN_ACTION } from '../../replies/organizer-notes.js';
import { checkInTicket } from '../../services/check-in/check-in-ticket.js';
import { answer, defineCommand } from '../command.js';

/** "Check in DS26-…" under `/eventos checkin`: one guarded update, so a double click checks in once. */
export const confirmCheckIn = defineCommand({
  name: CHECKIN_ACTION,
  role: 'staff',
  runs: 'at-once',
  /** `<ticket id>:qr|manual` — found by its exact reference (read off the QR code) or by name. */
  parse(input) {
    const [ticketId, how] = input.split(':');
    return isUuid(ticketId)
      ? { ticketId, method: how === 'qr' ? ('qr' as const) : ('manual' as const) }
      : null;
  },
  run: (ctx, args) =>
    checkInTicket(ctx.em, ctx.seat.eventId, args.ticketId, ctx.requester.slackUserId, {
      method: args.method,
    }),
  reply: (result) => answer(checkInResultNote(result)),
});
