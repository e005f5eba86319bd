import { z } from 'zod';
import { HANDOFF_THREAD_REPLY } from '../../replies/organizer-notes.js';
import { findHandoffByThread } from '../../services/handoffs/find-handoff-by-thread.js';
import { replyToHandoff } from '../../services/handoffs/reply-to-handoff.js';
import { answer, defineCommand } from '../command.js';
import { readJson } from '../read-json.js';

/** A message in a handoff thread, as the chat adapter passes it on. */
export const threadMessage = z.object({
  channel: z.string().min(1),
  threadTs: z.string().min(1),
  ts: z.string().min(1),
  text: z.string().min(1),
});

/**
 * An organizer's reply in a handoff thread goes to the attendee through the outbox (once, however often the
 * chat resends it). Only organizers of the handoff's event; anyone else is ignored without a word.
 */
export const replyInThread = defineCommand({
  name: HANDOFF_THREAD_REPLY,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => readJson(threadMessage, input),
  async run(ctx, message): Promise<string[]> {
    const thread = { channel: message.channel, threadTs: message.threadTs };
    const handoff = await findHandoffByThread(ctx.em, thread);
    if (handoff?.eventId !== ctx.seat.eventId) return [];
    const sent = await replyToHandoff(ctx.em, thread, {
      text: message.text,
      slackUserId: ctx.requester.slackUserId,
      ts: message.ts,
    });
    return sent?.outboxIds ?? [];
  },
  reply: (outboxIds) => answer(null, { outboxIds }),
  refused: () => answer(null),
});
