import { kysely } from '../../db/kysely.js';
import type { PaymentFlowDeps } from './payment-flow-deps.js';

/**
 * Closes the open Checkout Session of a reservation that was cancelled or ran out, so the person cannot pay
 * for seats that went back on sale. Only a Stripe charge still pending on a released order is closed; the
 * session is expired at Stripe (a session already completed or expired there is fine), then the charge row
 * marked expired. Safe to repeat: a second run finds no pending charge, and Stripe's own
 * `checkout.session.expired` event then changes nothing. If the person paid in the meantime, the completion
 * event refunds the late payment as before.
 */
export async function expireCheckout(
  deps: PaymentFlowDeps,
  orderId: string,
): Promise<{ result: 'expired' | 'already_closed' | 'nothing_open' }> {
  const charge = await kysely(deps.em.fork())
    .selectFrom('Payment as p')
    .innerJoin('Order as o', 'o.id', 'p.order')
    .select(['p.id', 'p.externalId'])
    .where('p.order', '=', orderId)
    .where('p.kind', '=', 'charge')
    .where('p.provider', '=', 'stripe')
    .where('p.status', '=', 'pending')
    .where('p.externalId', 'is not', null)
    .where('o.status', 'in', ['cancelled', 'expired'])
    .executeTakeFirst();
  if (!charge?.externalId) return { result: 'nothing_open' };
  const result = await deps.gateway.expireCheckout(charge.externalId);
  await kysely(deps.em.fork())
    .updateTable('Payment')
    .set({ status: 'expired', updatedAt: deps.clock() })
    .where('id', '=', charge.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return { result };
}
