import type { EntityManager } from '@mikro-orm/postgresql';
import { loadOrder, type OrderStatus, type OrderSummary } from './load-order.js';
import { lockOrder } from './lock-order.js';

export type ConfirmPaymentResult =
  | { ok: true; alreadyPaid: boolean; order: OrderSummary }
  | { ok: false; reason: 'not_found' | 'not_payable'; status?: OrderStatus };

/**
 * Records a payment for a reserved order and confirms it: the held seats become sold. Real card capture is out
 * of scope (provider 'manual'); the states and seat moves are real. Paying twice records one payment.
 */
export async function confirmPayment(
  em: EntityManager,
  input: { orderId: string; contactId: string; now: Date },
): Promise<ConfirmPaymentResult> {
  const order = await lockOrder(em, input.orderId, input.contactId);
  if (!order) return { ok: false, reason: 'not_found' };
  if (order.status === 'confirmed')
    return { ok: true, alreadyPaid: true, order: (await loadOrder(em, order.id))! };
  // A reservation whose time ran out is still payable until the expiry job has released it: the seats are
  // still held, and refusing a person who is paying would be worse than a few extra minutes.
  if (order.status !== 'reserved') return { ok: false, reason: 'not_payable', status: order.status };

  await em.execute(
    `with confirmed as (
       update orders set status = 'confirmed', confirmed_at = ?, reserved_until = null, version = version + 1
        where id = ? and status = 'reserved' returning id, tier_id
     ), paid as (
       insert into payments (id, order_id, amount_cents, currency, kind, status, provider, created_at)
       select gen_random_uuid(), id, ?, ?, 'charge', 'succeeded', 'manual', ? from confirmed
     )
     update ticket_tiers t set held = held - ?, sold = sold + ?, version = version + 1
       from confirmed where t.id = confirmed.tier_id`,
    [
      input.now,
      order.id,
      order.unitPriceCents * order.seats,
      order.currency,
      input.now,
      order.seats,
      order.seats,
    ],
  );
  return { ok: true, alreadyPaid: false, order: (await loadOrder(em, order.id))! };
}
