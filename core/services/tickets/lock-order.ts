import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
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
  const db = kysely(em);
  const order = await db
    .selectFrom('Order')
    .select(['id', 'status', 'tier as tierId', 'unitPriceCents', 'currency'])
    .where('id', '=', orderId)
    .$if(contactId !== null, (q) => q.where('contact', '=', contactId!))
    .forUpdate()
    .executeTakeFirst();
  if (!order) return null;
  const count = await db
    .selectFrom('Ticket')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('order', '=', orderId)
    .where('status', '=', 'valid')
    .executeTakeFirst();
  return { ...order, seats: count?.n ?? 0 };
}
