import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** The fields of a provider's webhook event the app acts on (never the whole payload: it holds card details). */
export interface PaymentEventFacts {
  sessionId?: string;
  orderId?: string;
  paymentIntentId?: string;
  refundId?: string;
  refundStatus?: string;
  amountCents?: number;
  currency?: string;
  paymentStatus?: string;
  paymentMethod?: string;
  receiptUrl?: string;
}

/**
 * Every payment webhook event received, once (unique provider event id): a retried delivery is stored once and
 * handled once. `processed_at` is set in the transaction that applies it; the payments sweep retries the rest.
 */
const PaymentEventSchema = defineEntity({
  name: 'PaymentEvent',
  tableName: 'payment_events',
  uniques: [{ properties: ['provider', 'externalId'] }],
  indexes: [{ properties: ['processedAt', 'receivedAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    provider: p.string(),
    externalId: p.string(),
    type: p.string(),
    facts: p.json<PaymentEventFacts>(),
    /** When the provider created the event. */
    occurredAt: p.datetime(),
    receivedAt: p.datetime().onCreate(() => new Date()),
    processedAt: p.datetime().nullable(),
    outcome: p.string().nullable(),
  },
});

export class PaymentEvent extends PaymentEventSchema.class {}
PaymentEventSchema.setClass(PaymentEvent);
