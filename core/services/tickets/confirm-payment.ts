import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
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

  const db = kysely(em);
  const seats = order.seats;
  // Guarded by the status (the order lock makes it hold): paying twice records one payment.
  const confirmed = await db
    .updateTable('Order')
    .set((eb) => ({
      status: 'confirmed',
      confirmedAt: input.now,
      reservedUntil: null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', order.id)
    .where('status', '=', 'reserved')
    .executeTakeFirst();
  if (confirmed.numUpdatedRows > 0n) {
    await db
      .insertInto('Payment')
      .values({
        id: randomUUID(),
        order: order.id,
        amountCents: order.unitPriceCents * seats,
        currency: order.currency,
        kind: 'charge',
        status: 'succeeded',
        provider: 'manual',
        paymentMethod: 'demo',
        paidAt: input.now,
        createdAt: input.now,
      })
      .executeTakeFirst();
    // The held seats become sold.
    await db
      .updateTable('TicketTier')
      .set((eb) => ({
        held: eb('held', '-', seats),
        sold: eb('sold', '+', seats),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', order.tierId)
      .executeTakeFirst();
  }
  return { ok: true, alreadyPaid: false, order: (await loadOrder(em, order.id))! };
}
