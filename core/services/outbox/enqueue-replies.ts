import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { type OutboundMessage, renderAsText } from '../../messages.js';

export interface ReplyTarget {
  contactId: string | null;
  channel: string;
  address: string;
  eventId: string | null;
}

/**
 * Writes outbound messages and their outbox rows. Call it inside the transaction that made the state change
 * the messages report, so a reply exists if and only if the change committed.
 */
export async function enqueueReplies(
  em: EntityManager,
  target: ReplyTarget,
  replies: OutboundMessage[],
  options: { proactive?: boolean; intent?: string | null } = {},
): Promise<string[]> {
  const db = kysely(em);
  const outboxIds: string[] = [];
  for (const reply of replies) {
    const messageId = randomUUID();
    const outboxId = randomUUID();
    await db
      .insertInto('Message')
      .values({
        id: messageId,
        direction: 'out',
        channel: target.channel,
        address: target.address,
        contact: target.contactId,
        eventId: target.eventId,
        kind: reply.kind,
        body: renderAsText(reply),
        truncated: false,
        payload: reply,
        intent: options.intent ?? null,
        status: 'queued',
        // clock_timestamp(), not the transaction's now(): several replies of one transaction keep their order.
        createdAt: sql`clock_timestamp()`,
        updatedAt: sql`clock_timestamp()`,
      })
      .executeTakeFirst();
    await db
      .insertInto('Outbox')
      .values({
        id: outboxId,
        message: messageId,
        channel: target.channel,
        recipient: target.address,
        proactive: options.proactive ?? false,
        status: 'pending',
        attempts: 0,
        availableAt: sql`now()`,
        createdAt: sql`now()`,
      })
      .executeTakeFirst();
    outboxIds.push(outboxId);
  }
  return outboxIds;
}
