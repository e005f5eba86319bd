import type { EntityManager } from '@mikro-orm/postgresql';
import type { PaymentEventFacts } from '../../../db/entities/payment-event.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { PaymentWebhookEvent } from '../../ports/payment-gateway.js';
import { type ExpiredReservations, expireReservations } from '../tickets/expire-reservations.js';
import { receiptAfterConfirmation } from './attach-receipt.js';
import { type SettledCheckout, settleCheckout } from './settle-checkout.js';
import { type SettledRefund, settleRefunds } from './settle-refunds.js';

export type AppliedPaymentEvent =
  /** Applied before (a retried job): nothing to do. */
  | { kind: 'already_applied' }
  | { kind: 'checkout'; settled: SettledCheckout }
  | { kind: 'expired'; expired: ExpiredReservations }
  | { kind: 'refunds'; settled: SettledRefund[] }
  /** `charge.succeeded` after the tickets went out without it: the receipt link follows, once. */
  | { kind: 'receipt'; orderId: string; url: string; amountCents: number; currency: string }
  | { kind: 'recorded' };

/**
 * Applies one stored webhook event in the caller's transaction. The event row is locked and marked processed
 * in the same transaction as its effects, so it is applied exactly once however often the job runs; every
 * effect is also guarded by the state it moves from, so events arriving out of order (or two events about
 * the same thing) change nothing twice.
 */
export async function applyPaymentEvent(
  em: EntityManager,
  eventRowId: string,
  now: Date,
  /** For `checkout_completed`: the receipt page read from Stripe just before (null: not there yet). */
  fetchedReceiptUrl: string | null = null,
): Promise<AppliedPaymentEvent> {
  const db = kysely(em);
  const row = await db
    .selectFrom('PaymentEvent')
    .select(['id', 'type', 'facts', 'processedAt'])
    .where('id', '=', eventRowId)
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.processedAt) return { kind: 'already_applied' };
  const applied = await apply(em, row.type as PaymentWebhookEvent['kind'], row.facts, now, fetchedReceiptUrl);
  await db
    .updateTable('PaymentEvent')
    .set({ processedAt: now, outcome: outcomeOf(applied) })
    .where('id', '=', row.id)
    .executeTakeFirst();
  return applied;
}

async function apply(
  em: EntityManager,
  type: PaymentWebhookEvent['kind'],
  facts: PaymentEventFacts,
  now: Date,
  fetchedReceiptUrl: string | null,
): Promise<AppliedPaymentEvent> {
  const db = kysely(em);
  switch (type) {
    case 'checkout_completed':
      return { kind: 'checkout', settled: await settleCheckout(em, facts, now, fetchedReceiptUrl) };
    case 'checkout_expired': {
      if (!facts.sessionId) return { kind: 'recorded' };
      const charge = await db
        .updateTable('Payment')
        .set({ status: 'expired', updatedAt: now })
        .where('externalId', '=', facts.sessionId)
        .where('kind', '=', 'charge')
        .where('status', '=', 'pending')
        .returning('order')
        .executeTakeFirst();
      if (!charge) return { kind: 'recorded' };
      // The page can no longer take money: the seats go back now rather than at the next expiry run.
      return { kind: 'expired', expired: await expireReservations(em, now, 1, charge.order) };
    }
    case 'refund_updated': {
      const status = facts.refundStatus;
      if (!facts.refundId || (status !== 'succeeded' && status !== 'failed' && status !== 'canceled'))
        return { kind: 'recorded' };
      const final = status === 'succeeded' ? 'succeeded' : 'failed';
      return { kind: 'refunds', settled: await settleRefunds(em, { refundId: facts.refundId }, final, now) };
    }
    case 'charge_refunded': {
      if (!facts.paymentIntentId || facts.amountCents === undefined) return { kind: 'recorded' };
      const which = { paymentIntentId: facts.paymentIntentId, amountRefundedCents: facts.amountCents };
      return { kind: 'refunds', settled: await settleRefunds(em, which, 'succeeded', now) };
    }
    case 'charge_succeeded': {
      if (!facts.paymentIntentId || !facts.receiptUrl) return { kind: 'recorded' };
      const input = { paymentIntentId: facts.paymentIntentId, receiptUrl: facts.receiptUrl, now };
      const claimed = await receiptAfterConfirmation(em, input);
      return claimed ? { kind: 'receipt', url: facts.receiptUrl, ...claimed } : { kind: 'recorded' };
    }
    default:
      return { kind: 'recorded' };
  }
}

/** A short word for the row, for people reading payment_events. */
function outcomeOf(applied: AppliedPaymentEvent): string {
  switch (applied.kind) {
    case 'checkout':
      return applied.settled.kind === 'unchanged'
        ? applied.settled.reason
        : applied.settled.kind === 'confirmed'
          ? applied.settled.late
            ? 'confirmed_late'
            : 'confirmed'
          : 'refunding_late_payment';
    case 'expired':
      return applied.expired.orders > 0 ? 'reservation_released' : 'already_released';
    case 'refunds':
      return applied.settled.length > 0 ? `refunds_${applied.settled[0]!.status}` : 'refunds_unchanged';
    case 'receipt':
      return 'receipt_sent';
    default:
      return applied.kind;
  }
}
