import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrderStatus } from './load-order.js';

export interface LockedOrder {
  id: string;
  status: OrderStatus;
  tierId: string;
  unitPriceCents: number;
  currency: string;
  /** Valid tickets, counted after the lock: the seats this order occupies. */
  seats: number;
}

/**
 * Locks one of a person's orders for the rest of the transaction. Every state change of an order (payment,
 * cancellation, expiry) takes this row lock first, so they serialise; the statements that follow read a
 * snapshot taken after the lock and see the winner's changes.
 */
export async function lockOrder(
  em: EntityManager,
  orderId: string,
  contactId: string | null,
): Promise<LockedOrder | null> {
  const [order] = await em.execute<
    { id: string; status: OrderStatus; tier_id: string; unit_price_cents: number; currency: string }[]
  >(
    `select id, status, tier_id, unit_price_cents, currency from orders
      where id = ? and contact_id = coalesce(?, contact_id) for update`,
    [orderId, contactId],
  );
  if (!order) return null;
  const [count] = await em.execute<{ n: number }[]>(
    "select count(*)::int as n from tickets where order_id = ? and status = 'valid'",
    [orderId],
  );
  return {
    id: order.id,
    status: order.status,
    tierId: order.tier_id,
    unitPriceCents: order.unit_price_cents,
    currency: order.currency,
    seats: count?.n ?? 0,
  };
}
