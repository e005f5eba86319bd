import { isUuid } from '../../is-uuid.js';
import { otherEventNote } from '../../replies/organizer-action-notes.js';
import { RESOLVE_ACTION } from '../../replies/organizer-notes.js';
import { findHandoffByThread } from '../../services/handoffs/find-handoff-by-thread.js';
import { resolveHandoff } from '../../services/handoffs/resolve-handoff.js';
import { answer, defineCommand } from '../command.js';

type Outcome =
  | { kind: 'gone' }
  | { kind: 'not-ours' }
  | { kind: 'resolved'; handoffId: string; outboxIds: string[] };

/**
 * Resolve on a handoff thread: the conversation goes back to the bot ("the bot is back" to the attendee, the
 * thread marked resolved). Only organizers of the handoff's event; a second press changes nothing.
 */
export const resolveThread = defineCommand({
  name: RESOLVE_ACTION,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { handoffId: input } : null),
  async run(ctx, args): Promise<Outcome> {
    const handoff = await findHandoffByThread(ctx.em, { handoffId: args.handoffId });
    if (!handoff) return { kind: 'gone' };
    if (handoff.eventId !== ctx.seat.eventId) return { kind: 'not-ours' };
    const resolved = await resolveHandoff(ctx.em, handoff.id);
    if (!resolved) return { kind: 'gone' };
    return { kind: 'resolved', handoffId: handoff.id, outboxIds: resolved.outboxIds };
  },
  reply(o) {
    if (o.kind === 'not-ours') return answer(otherEventNote('handoff'), { refused: true });
    if (o.kind === 'gone') return answer(null);
    return answer(null, { outboxIds: o.outboxIds, resolvedHandoffs: [o.handoffId] });
  },
});
