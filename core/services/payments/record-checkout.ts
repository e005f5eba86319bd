import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { CheckoutSession } from '../../ports/payment-gateway.js';
import { loadOrder, type OrderSummary } from '../tickets/load-order.js';

export type RecordedCheckout =
  /** This call stored the session: the attendee gets the link (once). */
  | { kind: 'recorded'; order: OrderSummary; url: string; expiresAt: Date }
  /** Stored before (a retried job, a parallel run): its link was already sent. */
  | { kind: 'already_recorded' };

/**
 * The second half of opening a Checkout Session: stores Stripe's session on the order's charge row. Guarded
 * on the row having no session yet, so of two runs that got the same session back only one sends the link.
 */
export async function recordCheckout(
  em: EntityManager,
  input: { paymentId: string; session: CheckoutSession; now: Date },
): Promise<RecordedCheckout> {
  const stored = await kysely(em)
    .updateTable('Payment')
    .set({
      externalId: input.session.id,
      checkoutUrl: input.session.url,
      expiresAt: input.session.expiresAt,
      updatedAt: input.now,
    })
    .where('id', '=', input.paymentId)
    .where('externalId', 'is', null)
    .returning('order')
    .executeTakeFirst();
  if (!stored) return { kind: 'already_recorded' };
  const order = await loadOrder(em, stored.order);
  if (!order) throw new Error(`Order ${stored.order} vanished`);
  return { kind: 'recorded', order, url: input.session.url, expiresAt: input.session.expiresAt };
}
