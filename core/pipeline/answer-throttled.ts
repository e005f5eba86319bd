import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { slowDownReply } from '../replies/safety-replies.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { languageAt } from './language-at.js';

/**
 * A message over its sender's rate limit: kept (the row stays, with its text) but marked `throttled` and
 * closed, so neither the inbound job nor the sweeper ever handles it. The first one of a window (`notify`)
 * gets one polite "slow down" reply; returns its outbox ids (empty when another path closed the row first).
 */
export async function answerThrottled(
  em: EntityManager,
  messageId: string,
  options: { notify: boolean },
): Promise<string[]> {
  const close = (db: EntityManager) =>
    kysely(db)
      .updateTable('Message')
      .set({ status: 'throttled', handledAt: sql`now()`, updatedAt: sql`now()` })
      .where('id', '=', messageId)
      .where('handledAt', 'is', null)
      .returning(['channel', 'address', 'eventId'])
      .executeTakeFirst();
  // Most of a flood: one statement, no transaction — this runs once per flooding message, in the webhook.
  if (!options.notify) return close(em).then(() => []);
  return em.transactional(async (tx) => {
    const row = await close(tx);
    if (!row) return [];
    const target = {
      contactId: null,
      channel: row.channel,
      address: row.address,
      eventId: row.eventId ?? null,
    };
    const language = await languageAt(tx, row.address);
    return enqueueReplies(tx, target, [slowDownReply(language)], { intent: 'throttled' });
  });
}
