import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
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
    const row = await kysely(tx)
      .updateTable('Handoff')
      .set({ status: 'resolved', resolvedAt: sql`now()` })
      .where('id', '=', handoffId)
      .where('status', '=', 'open')
      .returning(['slackChannel', 'slackThreadTs'])
      .executeTakeFirst();
    if (!row) return null;
    const handoff = await findHandoffByThread(tx, { handoffId });
    const outboxIds = handoff
      ? await enqueueReplies(tx, handoff.target, [{ kind: 'text', text: BOT_IS_BACK }], {
          intent: 'handoff_resolved',
        })
      : [];
    return { outboxIds, slackChannel: row.slackChannel ?? null, slackThreadTs: row.slackThreadTs ?? null };
  });
}
