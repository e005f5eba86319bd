import { isUuid } from '../../is-uuid.js';
import { URGENT_REPLY_ACTION } from '../../replies/feedback-notes.js';
import { otherEventNote } from '../../replies/organizer-action-notes.js';
import { openUrgentHandoff } from '../../services/feedback/open-urgent-handoff.js';
import { answer, defineCommand } from '../command.js';

/** "Reply" under an urgent alert in the feed: a handoff thread for the person, posted by the handoff job. */
export const urgentReply = defineCommand({
  name: URGENT_REPLY_ACTION,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { messageId: input } : null),
  run: (ctx, args) => openUrgentHandoff(ctx.em, { messageId: args.messageId, eventId: ctx.seat.eventId }),
  reply(o) {
    if (o.kind === 'not-ours') return answer(otherEventNote('handoff'), { refused: true });
    if (o.kind === 'gone')
      return answer({ text: 'That message is gone (the person may have asked to be forgotten).' });
    if (o.kind === 'already-open')
      return answer({ text: `${o.personName} already has an open handoff: reply in its thread.` });
    return answer(
      { text: `Opened a handoff for ${o.personName}: reply in its thread in the handoff channel.` },
      { followUps: [{ kind: 'handoff-opened', handoffId: o.handoffId }] },
    );
  },
});
