import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { OrderStatus } from './load-order.js';
import { lockOrder } from './lock-order.js';
import { readRefundPolicy } from './read-refund-policy.js';
import { refundCents, refundShareAt } from './refund-policy.js';
import { type RequestedRefund, requestRefund } from './request-refund.js';

export type CancelOrderResult =
  | {
      ok: true;
      cancelled: number;
      remaining: number;
      orderStatus: OrderStatus;
      tierId: string;
      /** The refund by the event's policy: pending for Stripe (issued after commit), succeeded for the demo. */
      refund: RequestedRefund | null;
      /** The policy's share at the time of cancelling (100 when the order was not paid for). */
      refundPercent: number;
      currency: string;
      /** A paid reservation was released whole: its Checkout Session (if any) is to be closed at Stripe. */
      releasedCheckout: boolean;
    }
  | {
      ok: false;
      /** `checkout_open`: some tickets of a reservation whose Checkout Session is open (it charges them all). */
      reason: 'not_found' | 'not_cancellable' | 'invalid_quantity' | 'checkout_open';
      seats?: number;
    };

/**
 * Cancels a whole order or `quantity` of its tickets (the newest first) and gives the seats back to the tier:
 * sold for a confirmed order, held for a reservation. A paid, confirmed order is refunded by the event's
 * refund policy at `now` (`percent` overrides it: an organizer's full refund); cancelling every ticket closes
 * the order (refunded if money goes back, cancelled otherwise).
 */
export async function cancelOrder(
  em: EntityManager,
  input: {
    orderId: string;
    /** The owner; null when an organizer acts on someone's order. */
    contactId: string | null;
    quantity?: number;
    now: Date;
    /** Who asked (`contact:<id>`, `slack:<user>`), recorded on the refund. */
    requestedBy?: string;
    percent?: number;
  },
): Promise<CancelOrderResult> {
  const order = await lockOrder(em, input.orderId, input.contactId);
  if (!order) return { ok: false, reason: 'not_found' };
  if ((order.status !== 'reserved' && order.status !== 'confirmed') || order.seats === 0)
    return { ok: false, reason: 'not_cancellable' };
  const count = input.quantity ?? order.seats;
  if (!Number.isInteger(count) || count < 1 || count > order.seats)
    return { ok: false, reason: 'invalid_quantity', seats: order.seats };

  const all = count === order.seats;
  const db = kysely(em);
  // A Checkout Session's amount is fixed when it opens: dropping some of its tickets would leave it charging
  // for all of them. The whole reservation can go (its session is then expired), or it can be paid first.
  if (!all && order.status === 'reserved') {
    const session = await db
      .selectFrom('Payment')
      .select('id')
      .where('order', '=', order.id)
      .where('kind', '=', 'charge')
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (session) return { ok: false, reason: 'checkout_open', seats: order.seats };
  }
  const paidFor = order.status === 'confirmed' && order.unitPriceCents > 0;
  const percent = paidFor
    ? (input.percent ?? refundShareAt(await readRefundPolicy(em, order.id), input.now).percent)
    : 100;
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
  const refund = paidFor
    ? await requestRefund(em, {
        orderId: order.id,
        amountCents: refundCents(order.unitPriceCents * freed, percent),
        reason: input.percent === undefined ? 'cancellation' : 'organizer',
        requestedBy: input.requestedBy ?? `contact:${input.contactId}`,
        percent,
        now: input.now,
      })
    : null;
  const closedAs: OrderStatus = refund ? 'refunded' : 'cancelled';
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
    refund,
    refundPercent: percent,
    currency: order.currency,
    releasedCheckout: all && order.status === 'reserved' && order.unitPriceCents > 0,
  };
}
