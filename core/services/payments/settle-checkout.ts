import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { PaymentEventFacts } from '../../../db/entities/payment-event.entity.js';
import { kysely } from '../../../db/kysely.js';
import { loadOrder, type OrderSummary } from '../tickets/load-order.js';
import { lockOrder } from '../tickets/lock-order.js';
import { type RequestedRefund, requestRefund } from '../tickets/request-refund.js';
import { claimReceipt, lockReceipt, storedReceiptUrl } from './attach-receipt.js';
import { type IncludedVat, includedVat } from './included-vat.js';

export type SettledCheckout =
  /** Paid in time (or late, with the seats still free): the order is confirmed now. */
  | {
      kind: 'confirmed';
      order: OrderSummary;
      late: boolean;
      /** Stripe's receipt page, when known by now (sent with the tickets, and then never again). */
      receiptUrl: string | null;
      /** The VAT included in the total, when the event sets a rate. */
      vat: IncludedVat | null;
    }
  /** Paid after the hold ended and the seats went to someone else (or the order was cancelled): refunded. */
  | { kind: 'refunding'; order: OrderSummary; refund: RequestedRefund }
  | { kind: 'unchanged'; reason: 'unknown_session' | 'already_paid' | 'not_paid' };

/**
 * `checkout.session.completed`: the money is taken, so the order is confirmed exactly once — the payment row
 * goes to succeeded under the order lock, and only the call that moves it confirms (a second delivery, an
 * event with another id for the same session, or one arriving after others finds it succeeded). A payment for
 * a reservation that already expired takes its seats back if they are still free; otherwise it is refunded
 * in full at once, because those seats were sold to someone else.
 */
export async function settleCheckout(
  em: EntityManager,
  facts: PaymentEventFacts,
  now: Date,
  /** The receipt page read from Stripe before this transaction (null: not there yet, or not asked). */
  fetchedReceiptUrl: string | null = null,
): Promise<SettledCheckout> {
  if (facts.paymentStatus !== undefined && facts.paymentStatus !== 'paid')
    return { kind: 'unchanged', reason: 'not_paid' };
  const db = kysely(em);
  const charge = await findCharge(em, facts);
  if (!charge) return { kind: 'unchanged', reason: 'unknown_session' };
  const order = await lockOrder(em, charge.orderId, null);
  if (!order) return { kind: 'unchanged', reason: 'unknown_session' };
  const paid = await db
    .updateTable('Payment')
    .set({
      status: 'succeeded',
      externalId: facts.sessionId ?? null,
      paymentIntentId: facts.paymentIntentId ?? null,
      paymentMethod: 'card',
      paidAt: now,
      updatedAt: now,
      ...(facts.amountCents !== undefined ? { amountCents: facts.amountCents } : {}),
    })
    .where('id', '=', charge.id)
    .where('status', '<>', 'succeeded')
    .executeTakeFirst();
  if (paid.numUpdatedRows === 0n) return { kind: 'unchanged', reason: 'already_paid' };
  const confirmed = async (late: boolean): Promise<SettledCheckout> => {
    const summary = await summaryOf(em, order.id);
    return {
      kind: 'confirmed',
      order: summary,
      late,
      receiptUrl: await receiptFor(em, charge, facts, fetchedReceiptUrl, now),
      vat: await includedVat(em, summary.eventId, summary.totalCents),
    };
  };

  if (order.status === 'reserved') {
    await db
      .updateTable('Order')
      .set((eb) => ({
        status: 'confirmed',
        confirmedAt: now,
        reservedUntil: null,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', order.id)
      .executeTakeFirst();
    await db
      .updateTable('TicketTier')
      .set((eb) => ({
        held: eb('held', '-', order.seats),
        sold: eb('sold', '+', order.seats),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', order.tierId)
      .executeTakeFirst();
    return confirmed(false);
  }
  if (order.status === 'expired' && (await retakeSeats(em, order.id, order.tierId, now)))
    return confirmed(true);

  const refund = await requestRefund(em, {
    orderId: order.id,
    amountCents: facts.amountCents ?? charge.amountCents,
    reason: 'late_payment',
    requestedBy: 'system:late-payment',
    percent: 100,
    now,
  });
  if (!refund) throw new Error(`No refundable charge on order ${order.id}`);
  if (order.status === 'expired' || order.status === 'cancelled') {
    await db
      .updateTable('Order')
      .set((eb) => ({ status: 'refunded', version: eb('version', '+', 1) }))
      .where('id', '=', order.id)
      .executeTakeFirst();
  }
  return { kind: 'refunding', order: await summaryOf(em, order.id), refund };
}

/** The receipt link to send with the tickets, claimed for this order (so it is never sent again), or null. */
async function receiptFor(
  em: EntityManager,
  charge: { id: string; receiptUrl?: string | null },
  facts: PaymentEventFacts,
  fetched: string | null,
  now: Date,
): Promise<string | null> {
  if (facts.paymentIntentId) await lockReceipt(em, facts.paymentIntentId);
  const url =
    fetched ??
    charge.receiptUrl ??
    (facts.paymentIntentId ? await storedReceiptUrl(em, facts.paymentIntentId) : null);
  if (!url) return null;
  return (await claimReceipt(em, { paymentId: charge.id, receiptUrl: url, now })) ? url : null;
}

/** The order's charge row: by the session id it was stored with, else the order id Stripe echoes back. */
async function findCharge(em: EntityManager, facts: PaymentEventFacts) {
  const query = kysely(em)
    .selectFrom('Payment')
    .select(['id', 'order as orderId', 'amountCents', 'receiptUrl'])
    .where('kind', '=', 'charge')
    .where('provider', '=', 'stripe');
  if (facts.sessionId) {
    const bySession = await query.where('externalId', '=', facts.sessionId).executeTakeFirst();
    if (bySession) return bySession;
  }
  // The session is stored right after Stripe returns it; an event can only beat that by milliseconds.
  if (!facts.orderId || !/^[0-9a-f-]{36}$/i.test(facts.orderId)) return undefined;
  return query.where('order', '=', facts.orderId).where('externalId', 'is', null).executeTakeFirst();
}

/**
 * The seats of a reservation that expired while its owner was paying, taken again if the tier still has them
 * (the same guard as every sale): its tickets come back and the order is confirmed.
 */
async function retakeSeats(em: EntityManager, orderId: string, tierId: string, now: Date): Promise<boolean> {
  const db = kysely(em);
  const released = await db
    .selectFrom('Ticket as tk')
    .innerJoin('Order as o', 'o.id', 'tk.order')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('tk.order', '=', orderId)
    .where('tk.status', '=', 'cancelled')
    .whereRef('tk.cancelledAt', '=', 'o.cancelledAt')
    .executeTakeFirst();
  const seats = released?.n ?? 0;
  if (seats === 0) return false;
  const taken = await db
    .updateTable('TicketTier')
    .set((eb) => ({ sold: eb('sold', '+', seats), version: eb('version', '+', 1) }))
    .where('id', '=', tierId)
    .where(sql<boolean>`sold + held + ${seats} <= capacity`)
    .executeTakeFirst();
  if (taken.numUpdatedRows === 0n) return false;
  await db
    .updateTable('Ticket')
    .set({ status: 'valid', cancelledAt: null })
    .where('order', '=', orderId)
    .where('status', '=', 'cancelled')
    .where('cancelledAt', '=', (eb) => eb.selectFrom('Order').select('cancelledAt').where('id', '=', orderId))
    .executeTakeFirst();
  await db
    .updateTable('Order')
    .set((eb) => ({
      status: 'confirmed',
      confirmedAt: now,
      cancelledAt: null,
      reservedUntil: null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', orderId)
    .executeTakeFirst();
  return true;
}

async function summaryOf(em: EntityManager, orderId: string): Promise<OrderSummary> {
  const order = await loadOrder(em, orderId);
  if (!order) throw new Error(`Order ${orderId} vanished`);
  return order;
}
