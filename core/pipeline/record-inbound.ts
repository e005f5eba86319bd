import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { prepare, tables } from '../../db/tables.js';
import { cleanDeep, cleanName } from '../clean-text.js';
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
export async function recordInbound(em: EntityManager, received: InboundMessage): Promise<RecordedInbound> {
  const message = cleanInbound(received);
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
  const [inserted] = await insertInbound(em, {
    id,
    channel: message.channel,
    address: message.from,
    eventId: message.eventId ?? null,
    providerMessageId: message.providerMessageId,
    kind: message.kind,
    body,
    truncated,
    payload,
    receivedAt,
  });
  if (inserted) return { messageId: id, duplicate: false };
  const existing = await tables(em)
    .selectFrom('messages')
    .select('id')
    .where('channel', '=', message.channel)
    .where('provider_message_id', '=', message.providerMessageId)
    .executeTakeFirstOrThrow();
  return { messageId: existing.id, duplicate: true };
}

type InboundRow = {
  id: string;
  channel: string;
  address: string;
  eventId: string | null;
  providerMessageId: string;
  kind: string;
  body: string;
  truncated: boolean;
  payload: Record<string, unknown>;
  receivedAt: Date;
};

/** The webhook's one statement: prepared, over the SQL names (db/tables.ts), no naming plugin. */
const insertInbound = prepare((db, args: InboundRow) =>
  db
    .insertInto('messages')
    .values({
      id: args.id,
      direction: 'in',
      channel: args.channel,
      address: args.address,
      event_id: args.eventId,
      provider_message_id: args.providerMessageId,
      kind: args.kind,
      body: args.body,
      truncated: args.truncated,
      payload: args.payload,
      status: 'received',
      created_at: args.receivedAt,
      updated_at: sql`now()`,
    })
    .onConflict((oc) => oc.columns(['channel', 'provider_message_id']).doNothing())
    .returning('id'),
);

/**
 * Every channel's message, cleaned of characters Postgres cannot store (a NUL byte would lose the whole
 * message) and with a bounded profile name; the Twilio parser already does this, other channels rely on it.
 */
function cleanInbound(message: InboundMessage): InboundMessage {
  const { raw, receivedAt, profileName, ...fields } = message;
  const name = cleanName(profileName);
  const cleaned = cleanDeep(fields) as Omit<InboundMessage, 'raw' | 'receivedAt' | 'profileName'>;
  return {
    ...cleaned,
    ...(name ? { profileName: name } : {}),
    raw: cleanDeep(raw),
    receivedAt,
  } as InboundMessage;
}
