import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.js';

/** Why money went back: the attendee cancelled, the payment came after the hold, or an organizer refunded. */
export type RefundReason = 'cancellation' | 'late_payment' | 'organizer';

/**
 * Money movements for an order: one charge per order (a Stripe Checkout Session, or the demo's manual
 * payment) and any number of refunds. Stripe rows carry Stripe's ids (`external_id`: the Checkout Session or
 * the refund; `payment_intent_id`) and the idempotency key every request to Stripe is sent with, so a retried
 * job repeats the same request. `notified_at` marks that the attendee was told, so each outcome is told once.
 */
const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payments',
  indexes: [{ properties: ['paymentIntentId'] }, { properties: ['status', 'kind'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order),
    amountCents: p.integer(),
    currency: p.string().length(3),
    kind: p.enum(['charge', 'refund'] as const).default('charge'),
    /** `expired`: a Checkout Session that ran out unpaid. */
    status: p.enum(['pending', 'succeeded', 'failed', 'expired'] as const),
    provider: p.string().default('manual'),
    /** `card`, … as Stripe reports it; `demo` for the demo's payment. */
    paymentMethod: p.string().nullable(),
    externalId: p.string().unique().nullable(),
    paymentIntentId: p.string().nullable(),
    idempotencyKey: p.string().unique().nullable(),
    /** The Checkout Session's page, sent to the attendee as Stripe returned it. */
    checkoutUrl: p.text().nullable(),
    /** When the Checkout Session stops accepting payment (= the seat hold). */
    expiresAt: p.datetime().nullable(),
    paidAt: p.datetime().nullable(),
    receiptUrl: p.text().nullable(),
    /** When the attendee got the receipt link (with the tickets, or after them): it is sent once. */
    receiptSentAt: p.datetime().nullable(),
    /** The attendee's language when the Checkout Session was prepared; every retry sends Stripe the same. */
    locale: p.string().nullable(),
    reason: p.string().$type<RefundReason>().nullable(),
    /** Who asked for a refund: `contact:<id>` or `slack:<user id>`. */
    requestedBy: p.string().nullable(),
    /** Refund share applied by the event's policy (percent), for the record. */
    refundPercent: p.integer().nullable(),
    notifiedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().nullable(),
  },
});

export class Payment extends PaymentSchema.class {}
PaymentSchema.setClass(Payment);
