import { isUuid } from '../../is-uuid.js';
import {
  broadcastAlreadySentNote,
  broadcastSendingNote,
  otherEventNote,
} from '../../replies/organizer-action-notes.js';
import { BROADCAST_CONFIRM_ACTION } from '../../replies/organizer-notes.js';
import { commandEvent } from '../../services/organizer/record-command.js';
import { confirmBroadcast, writeBroadcast } from '../../services/organizer/send-broadcast.js';
import { answer, defineCommand } from '../command.js';

type Outcome = { kind: 'not-ours' } | { kind: 'already-sent' } | { kind: 'sending'; commandId: string };

/**
 * Confirm on a broadcast preview: once, by an organizer of the broadcast's event. The outbox rows are written
 * in the same transaction, so a Redis outage delays the broadcast but cannot lose it (the sweeper delivers
 * pending rows); the send job adds pacing and the progress report.
 */
export const confirmBroadcastButton = defineCommand({
  name: BROADCAST_CONFIRM_ACTION,
  role: 'organizer',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { commandId: input } : null),
  async run(ctx, args): Promise<Outcome> {
    if ((await commandEvent(ctx.em, args.commandId)) !== ctx.seat.eventId) return { kind: 'not-ours' };
    if (!(await confirmBroadcast(ctx.em, args.commandId))) return { kind: 'already-sent' };
    await writeBroadcast(ctx.em, args.commandId);
    return { kind: 'sending', commandId: args.commandId };
  },
  reply(o) {
    if (o.kind === 'not-ours') return answer(otherEventNote('broadcast'), { refused: true });
    if (o.kind === 'already-sent') return answer(broadcastAlreadySentNote());
    return answer(null, { replace: broadcastSendingNote(), broadcastId: o.commandId });
  },
});
