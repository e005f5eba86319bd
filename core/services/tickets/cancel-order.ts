import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
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
  const db = kysely(em);
  const gone = await db
    .updateTable('Ticket')
    .set({ status: 'cancelled', cancelledAt: input.now })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('Ticket')
        .select('id')
        .where('order', '=', order.id)
        .where('status', '=', 'valid')
        .orderBy('createdAt', 'desc')
        .orderBy('reference', 'desc')
        .limit(count),
    )
    .executeTakeFirst();
  const freed = Number(gone.numUpdatedRows);
  // The seats go back where the order took them from: sold for a confirmed order, held for a reservation.
  await db
    .updateTable('TicketTier')
    .set((eb) =>
      order.status === 'confirmed'
        ? { sold: eb('sold', '-', freed), version: eb('version', '+', 1) }
        : { held: eb('held', '-', freed), version: eb('version', '+', 1) },
    )
    .where('id', '=', order.tierId)
    .executeTakeFirst();
  if (refundedCents > 0) {
    await db
      .insertInto('Payment')
      .values({
        id: randomUUID(),
        order: order.id,
        amountCents: refundedCents,
        currency: order.currency,
        kind: 'refund',
        status: 'succeeded',
        provider: 'manual',
        createdAt: input.now,
      })
      .executeTakeFirst();
  }
  await db
    .updateTable('Order')
    .set((eb) =>
      all
        ? { status: closedAs, cancelledAt: input.now, reservedUntil: null, version: eb('version', '+', 1) }
        : { version: eb('version', '+', 1) },
    )
    .where('id', '=', order.id)
    .executeTakeFirst();
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
