import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { findHandoffByThread } from './find-handoff-by-thread.js';

export const BOT_IS_BACK =
  "Thanks for your patience! The team has closed this conversation, and I'm back to help — just ask.";

/**
 * Closes an open handoff and tells the person the bot is back, in one transaction. Resolving twice (two
 * organizers pressing Resolve) changes nothing the second time and returns null.
 */
export async function resolveHandoff(
  em: EntityManager,
  handoffId: string,
): Promise<{ outboxIds: string[]; slackChannel: string | null; slackThreadTs: string | null } | null> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<{ slack_channel: string | null; slack_thread_ts: string | null }[]>(
      `update handoffs set status = 'resolved', resolved_at = now() where id = ? and status = 'open'
       returning slack_channel, slack_thread_ts`,
      [handoffId],
    );
    if (!row) return null;
    const handoff = await findHandoffByThread(tx, { handoffId });
    const outboxIds = handoff
      ? await enqueueReplies(tx, handoff.target, [{ kind: 'text', text: BOT_IS_BACK }], {
          intent: 'handoff_resolved',
        })
      : [];
    return { outboxIds, slackChannel: row.slack_channel, slackThreadTs: row.slack_thread_ts };
  });
}
