import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InboundMessage } from '../messages.js';

/** Longer texts are stored cut to this length and answered with a polite "please send a shorter message". */
export const MAX_INBOUND_TEXT = 4096;

export interface RecordedInbound {
  messageId: string;
  /** True when this provider message id was already stored: a retried webhook. */
  duplicate: boolean;
}

function bodyOf(message: InboundMessage): string {
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'button':
      return message.text;
    case 'image':
      return message.caption ?? '';
    case 'audio':
      return '';
    case 'unsupported':
      return message.description;
  }
}

/**
 * Stores an inbound message exactly once per (channel, provider message id). This insert is the webhook's
 * only database work before it acknowledges, and the dedupe record for provider retries.
 */
export async function recordInbound(em: EntityManager, message: InboundMessage): Promise<RecordedInbound> {
  const fullBody = bodyOf(message);
  const truncated = fullBody.length > MAX_INBOUND_TEXT;
  const body = truncated ? fullBody.slice(0, MAX_INBOUND_TEXT) : fullBody;
  const { raw, receivedAt, ...rest } = message;
  const payload = {
    ...rest,
    ...(message.kind === 'text' ? { text: body } : {}),
    raw: truncated ? '[truncated]' : raw,
  };
  const id = randomUUID();
  const rows = await em.execute<{ id: string }[]>(
    `insert into messages (id, direction, channel, address, event_id, provider_message_id, kind, body, truncated,
       payload, status, created_at, updated_at)
     values (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, now())
     on conflict (channel, provider_message_id) do nothing
     returning id`,
    [
      id,
      message.channel,
      message.from,
      message.eventId ?? null,
      message.providerMessageId,
      message.kind,
      body,
      truncated,
      JSON.stringify(payload),
      receivedAt,
    ],
  );
  if (rows.length > 0) return { messageId: id, duplicate: false };
  const existing = await em.execute<{ id: string }[]>(
    'select id from messages where channel = ? and provider_message_id = ?',
    [message.channel, message.providerMessageId],
  );
  return { messageId: existing[0]!.id, duplicate: true };
}
