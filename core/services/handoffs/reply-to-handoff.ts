import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { findHandoffByThread } from './find-handoff-by-thread.js';

/**
 * An organizer's reply in a handoff thread, on its way to the attendee through the outbox. Each Slack message
 * is relayed once: it is logged in `organizer_commands` under an id derived from its channel and ts, so a
 * retried event (Slack resends when it did not see our 200) finds it and does nothing. Returns the outbox ids
 * to deliver, or null when the thread is no open handoff or the message was relayed already.
 */
export async function replyToHandoff(
  em: EntityManager,
  thread: { channel: string; threadTs: string },
  reply: { text: string; slackUserId: string; ts: string },
): Promise<{ handoffId: string; outboxIds: string[] } | null> {
  return em.transactional(async (tx) => {
    const handoff = await findHandoffByThread(tx, thread);
    if (handoff?.status !== 'open') return null;
    const logged = await kysely(tx)
      .insertInto('OrganizerCommand')
      .values({
        id: slackMessageId(thread.channel, reply.ts),
        eventId: handoff.eventId,
        slackUserId: reply.slackUserId,
        slackChannelId: thread.channel,
        command: 'thread-reply',
        args: '',
        status: 'done',
        createdAt: sql`now()`,
        finishedAt: sql`now()`,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!logged) return null;
    const outboxIds = await enqueueReplies(tx, handoff.target, [{ kind: 'text', text: reply.text }], {
      intent: 'handoff_reply',
    });
    return { handoffId: handoff.id, outboxIds };
  });
}

/** A stable UUID for one Slack message (channel + ts identify it). */
function slackMessageId(channel: string, ts: string): string {
  const hex = createHash('sha256').update(`slack:${channel}:${ts}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
