import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { notHandledReply } from '../replies/safety-replies.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { languageAt } from './language-at.js';

/** What an error says, short and without numbers long enough to be a phone number (logs and Slack see it). */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text
    .replace(/\+?\d[\d\s().-]{6,}\d/g, '[number]')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}

/**
 * A failed attempt that will be retried: noted on the row (`errorCode`), so the sender's later messages no
 * longer wait behind it (has-earlier-unhandled.ts) — order matters less than answering them. Best effort.
 */
export async function noteInboundRetry(em: EntityManager, messageId: string, error: unknown): Promise<void> {
  await kysely(em)
    .updateTable('Message')
    .set({ errorCode: `retrying: ${describeFailure(error)}`.slice(0, 255), updatedAt: sql`now()` })
    .where('id', '=', messageId)
    .where('handledAt', 'is', null)
    .executeTakeFirst();
}

/**
 * A poison message (issue 15, item 5): its last attempt failed, so it is closed as `failed` with the error —
 * out of the sweeper's and the sender's way for good — and the sender is told, in the same transaction, that
 * it was not answered. The organizers' feed picks failed messages up (collect-feed-items.ts). Returns the
 * reply's outbox ids (empty when the message was closed meanwhile).
 */
export async function closeFailedInbound(
  em: EntityManager,
  messageId: string,
  error: unknown,
): Promise<string[]> {
  return em.transactional(async (tx) => {
    const row = await kysely(tx)
      .updateTable('Message')
      .set({
        status: 'failed',
        errorCode: describeFailure(error),
        handledAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where('id', '=', messageId)
      .where('handledAt', 'is', null)
      .returning(['channel', 'address', 'eventId', 'contact'])
      .executeTakeFirst();
    if (!row) return [];
    const target = {
      contactId: row.contact ?? null,
      channel: row.channel,
      address: row.address,
      eventId: row.eventId ?? null,
    };
    const language = await languageAt(tx, row.address);
    return enqueueReplies(tx, target, [notHandledReply(language)], { intent: 'failed' });
  });
}
