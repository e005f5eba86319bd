import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { OutboundMessage } from '../../messages.js';
import { LEASE_SECONDS } from './deliver-outbox-row.js';

export interface OrphanedSend {
  id: string;
  messageId: string;
  recipient: string;
  message: OutboundMessage;
  /** When the dead sender claimed it: a copy in the chat older than this is an earlier, different send. */
  claimedAt: Date;
}

/**
 * Rows a channel's only sender had claimed when it died (`sending`). Only for a channel with exactly one
 * sending process (the WhatsApp Web gateway): at its start, every such row is an orphan of its predecessor,
 * not a send in flight elsewhere.
 */
export async function findOrphanedSends(em: EntityManager, channel: string): Promise<OrphanedSend[]> {
  const rows = await kysely(em)
    .selectFrom('Outbox as o')
    .innerJoin('Message as m', 'm.id', 'o.message')
    .select(['o.id', 'o.message as messageId', 'o.recipient', 'm.payload', 'o.leaseUntil'])
    .where('o.channel', '=', channel)
    .where('o.status', '=', 'sending')
    .orderBy('o.createdAt')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    messageId: r.messageId,
    recipient: r.recipient,
    message: r.payload as unknown as OutboundMessage,
    claimedAt: new Date((r.leaseUntil?.getTime() ?? Date.now()) - LEASE_SECONDS * 1000),
  }));
}

/**
 * Settles an orphan: sent (the chat has it — record its id, never send it again) or back to pending, so the
 * next delivery sends it at once instead of waiting out the dead sender's lease.
 */
export async function settleOrphanedSend(
  em: EntityManager,
  orphan: OrphanedSend,
  providerMessageId: string | undefined,
): Promise<'sent' | 'pending'> {
  const db = kysely(em);
  if (!providerMessageId) {
    await db
      .updateTable('Outbox')
      .set({ status: 'pending', leaseUntil: null })
      .where('id', '=', orphan.id)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return 'pending';
  }
  await em.transactional(async (tx) => {
    const t = kysely(tx);
    await t
      .updateTable('Outbox')
      .set({ status: 'sent', sentAt: sql`now()`, leaseUntil: null, lastError: null })
      .where('id', '=', orphan.id)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    await t
      .updateTable('Message')
      .set({ providerMessageId, status: 'sent', updatedAt: sql`now()` })
      .where('id', '=', orphan.messageId)
      .where('status', 'in', ['queued', 'sending'])
      .executeTakeFirst();
  });
  return 'sent';
}
