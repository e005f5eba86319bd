import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';

/**
 * Every inbound and outbound message. Inbound rows are the dedupe record: (channel, provider_message_id) is
 * unique, so a webhook retried three times is stored and handled once.
 */
const MessageSchema = defineEntity({
  name: 'Message',
  tableName: 'messages',
  uniques: [{ properties: ['channel', 'providerMessageId'] }],
  indexes: [
    { properties: ['contact', 'createdAt'] },
    { name: 'messages_provider_message_id', properties: ['providerMessageId'] },
    // "An earlier message from / reply to this person?" runs for every message (inbound-job-check.ts,
    // replies-in-flight.ts): without it each asked about every recent message, thousands in a ticket drop.
    { name: 'messages_address_created_at', properties: ['address', 'createdAt'] },
    {
      name: 'messages_unhandled_inbound',
      expression: `create index "messages_unhandled_inbound" on "messages" ("created_at") where "direction" = 'in' and "handled_at" is null`,
    },
    {
      name: 'messages_failed_recent',
      expression: `create index "messages_failed_recent" on "messages" ("created_at") where "status" = 'failed'`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    direction: p.enum(['in', 'out'] as const),
    channel: p.string(),
    /** The channel address of the other side (E.164 for WhatsApp). */
    address: p.string(),
    contact: () => p.manyToOne(Contact).nullable(),
    eventId: p.string().nullable(),
    providerMessageId: p.string().nullable(),
    kind: p.string(),
    /** Text as shown to or sent by the person (truncated when huge). */
    body: p.text().default(''),
    truncated: p.boolean().default(false),
    /** The full channel-agnostic message (buttons, media urls) and, inbound, the provider payload. */
    payload: p.json<Record<string, unknown>>(),
    /** Inbound voice notes: what was heard (text, confidence, provider) or why nothing was (`failure`). */
    transcript: p.json<Record<string, unknown>>().nullable(),
    intent: p.string().nullable(),
    /**
     * Outbound: queued → sent → delivered → read | failed. Inbound: received → handled, or `throttled` (over
     * the sender's rate limit: kept, not answered) or `failed` (every attempt failed: a poison message).
     */
    status: p.string(),
    errorCode: p.string().nullable(),
    handledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Message extends MessageSchema.class {}
MessageSchema.setClass(Message);
