import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

export interface ExpiredReservations {
  orders: number;
  /** Who to tell: one row per expired order. */
  expired: { orderId: string; contactId: string; eventId: string; reference: string }[];
  /** Seats given back per tier: what the waiting list should be offered. */
  freed: { tierId: string; seats: number }[];
  /** Expired orders with a Stripe Checkout Session still open: to be closed at Stripe. */
  openCheckouts: string[];
}

/**
 * Expires unpaid reservations whose hold ran out: the order becomes 'expired', its tickets cancelled, and the
 * held seats return to the tier. Call inside a transaction. Rows being paid or cancelled right now are skipped
 * (they hold the order lock) and picked up by the next run if still unpaid.
 */
export async function expireReservations(
  em: EntityManager,
  now: Date,
  limit = 200,
  /** Expire this reservation now, whatever its hold says (its Checkout Session expired at Stripe). */
  onlyOrderId?: string,
): Promise<ExpiredReservations> {
  const db = kysely(em);
  // The due orders are locked by this statement, so their valid tickets (the seats to give back) cannot change.
  const expired = await db
    .updateTable('Order')
    .set((eb) => ({
      status: 'expired',
      cancelledAt: now,
      reservedUntil: null,
      version: eb('version', '+', 1),
    }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('Order')
        .select('id')
        .where('status', '=', 'reserved')
        .$if(onlyOrderId === undefined, (q) => q.where('reservedUntil', '<=', now))
        .$if(onlyOrderId !== undefined, (q) => q.where('id', '=', onlyOrderId!))
        .orderBy('reservedUntil')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .where('status', '=', 'reserved')
    .returning((eb) => [
      'id as orderId',
      'tier as tierId',
      'contact as contactId',
      'event as eventId',
      'reference',
      eb
        .selectFrom('Ticket')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('Ticket.order', '=', 'Order.id')
        .where('Ticket.status', '=', 'valid')
        .as('seats'),
    ])
    .execute();
  if (expired.length === 0) return { orders: 0, expired: [], freed: [], openCheckouts: [] };
  await db
    .updateTable('Ticket')
    .set({ status: 'cancelled', cancelledAt: now })
    .where(
      'order',
      'in',
      expired.map((o) => o.orderId),
    )
    .where('status', '=', 'valid')
    .executeTakeFirst();
  const seatsPerTier = new Map<string, number>();
  for (const { tierId, seats } of expired)
    seatsPerTier.set(tierId, (seatsPerTier.get(tierId) ?? 0) + (seats ?? 0));
  const freed = [...seatsPerTier]
    .filter(([, seats]) => seats > 0)
    .map(([tierId, seats]) => ({ tierId, seats }));
  for (const { tierId, seats } of freed) {
    await db
      .updateTable('TicketTier')
      .set((eb) => ({ held: eb('held', '-', seats), version: eb('version', '+', 1) }))
      .where('id', '=', tierId)
      .executeTakeFirst();
  }
  const openCheckouts = await db
    .selectFrom('Payment')
    .select('order')
    .where(
      'order',
      'in',
      expired.map((o) => o.orderId),
    )
    .where('kind', '=', 'charge')
    .where('provider', '=', 'stripe')
    .where('status', '=', 'pending')
    .where('externalId', 'is not', null)
    .execute();
  return {
    openCheckouts: openCheckouts.map((c) => c.order),
    orders: expired.length,
    expired: expired.map(({ orderId, contactId, eventId, reference }) => ({
      orderId,
      contactId,
      eventId,
      reference,
    })),
    freed,
  };
}
