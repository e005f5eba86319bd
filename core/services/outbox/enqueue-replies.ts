import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { tables } from '../../../db/tables.js';
import { type OutboundMessage, renderAsText } from '../../messages.js';
import { splitText } from '../../split-text.js';

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
  const messages = target.channel === 'whatsapp' ? replies.flatMap(fitWhatsApp) : replies;
  if (messages.length === 0) return [];
  const rows = messages.map((reply, i) => ({ reply, i, messageId: randomUUID(), outboxId: randomUUID() }));
  // Every reply's message and outbox row in one statement (one round trip however many replies; plain SQL
  // names, db/tables.ts). The outbox rows reference messages inserted by the same statement: foreign keys
  // are checked at its end.
  await tables(em)
    .with('m', (db) =>
      db.insertInto('messages').values(
        rows.map(({ reply, i, messageId }) => ({
          id: messageId,
          direction: 'out' as const,
          channel: target.channel,
          address: target.address,
          contact_id: target.contactId,
          event_id: target.eventId,
          kind: reply.kind,
          body: renderAsText(reply),
          truncated: false,
          payload: reply,
          intent: options.intent ?? null,
          status: 'queued',
          // clock_timestamp(), not the transaction's now(), so replies keep their order across statements;
          // plus i microseconds, so rows of one statement never tie even within one clock tick.
          created_at: sql<Date>`clock_timestamp() + make_interval(secs => ${i / 1e6})`,
          updated_at: sql<Date>`clock_timestamp()`,
        })),
      ),
    )
    .insertInto('outbox')
    .values(
      rows.map(({ messageId, outboxId }) => ({
        id: outboxId,
        message_id: messageId,
        channel: target.channel,
        recipient: target.address,
        proactive: options.proactive ?? false,
        status: 'pending',
        attempts: 0,
        available_at: sql<Date>`now()`,
        created_at: sql<Date>`now()`,
      })),
    )
    .execute();
  return rows.map((row) => row.outboxId);
}

/** A text too long for one WhatsApp message becomes several, in order, instead of being cut by the channel. */
function fitWhatsApp(reply: OutboundMessage): OutboundMessage[] {
  if (reply.kind !== 'text') return [reply];
  return splitText(reply.text).map((text) => ({ kind: 'text', text }));
}
