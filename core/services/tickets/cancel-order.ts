import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrderStatus } from './load-order.js';
import { lockOrder } from './lock-order.js';

export type CancelOrderResult =
  | {
      ok: true;
      cancelled: number;
      remaining: number;
      orderStatus: OrderStatus;
      tierId: string;
      /** Recorded as a refund payment (demo mode: no money moves). */
      refundedCents: number;
      currency: string;
    }
  | { ok: false; reason: 'not_found' | 'not_cancellable' | 'invalid_quantity'; seats?: number };

/**
 * Cancels a whole order or `quantity` of its tickets (the newest first) and gives the seats back to the tier:
 * sold for a confirmed order, held for a reservation. A paid, confirmed order gets a refund record; cancelling
 * every ticket closes the order (refunded if money was taken, cancelled otherwise).
 */
export async function cancelOrder(
  em: EntityManager,
  input: { orderId: string; contactId: string; quantity?: number; now: Date },
): Promise<CancelOrderResult> {
  const order = await lockOrder(em, input.orderId, input.contactId);
  if (!order) return { ok: false, reason: 'not_found' };
  if ((order.status !== 'reserved' && order.status !== 'confirmed') || order.seats === 0)
    return { ok: false, reason: 'not_cancellable' };
  const count = input.quantity ?? order.seats;
  if (!Number.isInteger(count) || count < 1 || count > order.seats)
    return { ok: false, reason: 'invalid_quantity', seats: order.seats };

  const all = count === order.seats;
  const paidFor = order.status === 'confirmed' && order.unitPriceCents > 0;
  const refundedCents = paidFor ? order.unitPriceCents * count : 0;
  const closedAs: OrderStatus = paidFor ? 'refunded' : 'cancelled';
  const seatColumn = order.status === 'confirmed' ? 'sold' : 'held';
  await em.execute(
    `with gone as (
       update tickets set status = 'cancelled', cancelled_at = ?
        where id in (select id from tickets where order_id = ? and status = 'valid'
                      order by created_at desc, reference desc limit ?)
       returning id
     ), freed as (
       update ticket_tiers set ${seatColumn} = ${seatColumn} - (select count(*) from gone), version = version + 1
        where id = ? returning id
     ), refund as (
       insert into payments (id, order_id, amount_cents, currency, kind, status, provider, created_at)
       select gen_random_uuid(), ?, ?, ?, 'refund', 'succeeded', 'manual', ? where ? > 0
     )
     update orders set status = case when ? then ? else status end,
                       cancelled_at = case when ? then ? else cancelled_at end,
                       reserved_until = case when ? then null else reserved_until end,
                       version = version + 1
      where id = ?`,
    [
      input.now,
      order.id,
      count,
      order.tierId,
      order.id,
      refundedCents,
      order.currency,
      input.now,
      refundedCents,
      all,
      closedAs,
      all,
      input.now,
      all,
      order.id,
    ],
  );
  return {
    ok: true,
    cancelled: count,
    remaining: order.seats - count,
    orderStatus: all ? closedAs : order.status,
    tierId: order.tierId,
    refundedCents,
    currency: order.currency,
  };
}
