import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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
  const outboxIds: string[] = [];
  for (const reply of target.channel === 'whatsapp' ? replies.flatMap(fitWhatsApp) : replies) {
    const messageId = randomUUID();
    const outboxId = randomUUID();
    await em.execute(
      `insert into messages (id, direction, channel, address, contact_id, event_id, kind, body, payload, intent, status,
         created_at, updated_at)
       values (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, 'queued', clock_timestamp(), clock_timestamp())`,
      [
        messageId,
        target.channel,
        target.address,
        target.contactId,
        target.eventId,
        reply.kind,
        renderAsText(reply),
        JSON.stringify(reply),
        options.intent ?? null,
      ],
    );
    await em.execute(
      `insert into outbox (id, message_id, channel, recipient, proactive, status, attempts, available_at, created_at)
       values (?, ?, ?, ?, ?, 'pending', 0, now(), now())`,
      [outboxId, messageId, target.channel, target.address, options.proactive ?? false],
    );
    outboxIds.push(outboxId);
  }
  return outboxIds;
}

/** A text too long for one WhatsApp message becomes several, in order, instead of being cut by the channel. */
function fitWhatsApp(reply: OutboundMessage): OutboundMessage[] {
  if (reply.kind !== 'text') return [reply];
  return splitText(reply.text).map((text) => ({ kind: 'text', text }));
}
