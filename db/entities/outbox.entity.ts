import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Message } from './message.entity.js';

/**
 * Replies waiting for delivery, written in the same transaction as the state change they report.
 * The delivery job claims a row (pending → sending with a lease), the sweeper re-enqueues rows whose job was
 * lost or whose lease ran out, so a Redis outage or a killed worker delays a reply but never loses it.
 */
const OutboxSchema = defineEntity({
  name: 'Outbox',
  tableName: 'outbox',
  indexes: [{ properties: ['status', 'availableAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    message: () => p.oneToOne(Message).unique(),
    channel: p.string(),
    recipient: p.string(),
    /** Proactive messages (not replies) obey opt-out and WhatsApp's 24-hour rule. */
    proactive: p.boolean().default(false),
    status: p.enum(['pending', 'sending', 'sent', 'failed', 'suppressed'] as const).default('pending'),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    availableAt: p.datetime().onCreate(() => new Date()),
    leaseUntil: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
    /** The organizer command (`/eventos broadcast`) this message was sent for, to report progress. */
    broadcastId: p.uuid().nullable().index(),
  },
});

export class Outbox extends OutboxSchema.class {}
OutboxSchema.setClass(Outbox);
