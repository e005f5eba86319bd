import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RefundReason } from '../../../db/entities/payment.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface RequestedRefund {
  paymentId: string;
  amountCents: number;
  currency: string;
  /** `pending`: to be issued through Stripe (follow-up `issue-refund`); `succeeded`: the demo's record. */
  status: 'pending' | 'succeeded';
}

/**
 * Records a refund for an order, inside the caller's transaction (which holds the order lock). An order paid
 * through Stripe gets a pending refund row with its own idempotency key, issued after commit by the
 * `issue-refund` job; an order paid with the demo payment gets a succeeded 'manual' record (no money moved).
 * Returns null when there is nothing to refund (no charge taken, or zero).
 */
export async function requestRefund(
  em: EntityManager,
  input: {
    orderId: string;
    amountCents: number;
    reason: RefundReason;
    requestedBy: string;
    percent: number;
    now: Date;
  },
): Promise<RequestedRefund | null> {
  if (input.amountCents <= 0) return null;
  const db = kysely(em);
  const charge = await paidCharge(em, input.orderId);
  if (!charge) return null;
  const viaStripe = charge.provider === 'stripe' && charge.paymentIntentId !== null;
  const id = randomUUID();
  await db
    .insertInto('Payment')
    .values({
      id,
      order: input.orderId,
      amountCents: input.amountCents,
      currency: charge.currency,
      kind: 'refund',
      status: viaStripe ? 'pending' : 'succeeded',
      provider: viaStripe ? 'stripe' : 'manual',
      paymentMethod: viaStripe ? null : 'demo',
      paymentIntentId: charge.paymentIntentId,
      // Sent with the Stripe request: a retried job refunds once.
      idempotencyKey: viaStripe ? `refund:${id}` : null,
      reason: input.reason,
      requestedBy: input.requestedBy,
      refundPercent: input.percent,
      paidAt: viaStripe ? null : input.now,
      createdAt: input.now,
    })
    .executeTakeFirst();
  return {
    paymentId: id,
    amountCents: input.amountCents,
    currency: charge.currency,
    status: viaStripe ? 'pending' : 'succeeded',
  };
}

/** The order's taken payment (Stripe or demo), if any: what a refund goes back through. */
export async function paidCharge(em: EntityManager, orderId: string) {
  return kysely(em)
    .selectFrom('Payment')
    .select(['provider', 'paymentIntentId', 'currency', 'status'])
    .where('order', '=', orderId)
    .where('kind', '=', 'charge')
    .where('status', '=', 'succeeded')
    .executeTakeFirst();
}
