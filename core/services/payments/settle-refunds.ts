import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

/** A refund that just reached its final state: who to tell, about what. */
export interface SettledRefund {
  paymentId: string;
  status: 'succeeded' | 'failed';
  amountCents: number;
  currency: string;
  orderId: string;
  orderReference: string;
  contactId: string;
  eventId: string;
}

type Which =
  | { paymentId: string }
  | { refundId: string }
  /** `charge.refunded`: every issued refund of the payment, once Stripe's refunded total covers them. */
  | { paymentIntentId: string; amountRefundedCents: number };

/**
 * Moves pending refunds to their final state. Guarded on `pending`, so whichever path arrives first — the
 * refund request's own answer, `refund.updated` or `charge.refunded`, in any order and any number of times —
 * settles a refund once, and only that call reports it (the attendee is told once).
 */
export async function settleRefunds(
  em: EntityManager,
  which: Which,
  status: 'succeeded' | 'failed',
  now: Date,
): Promise<SettledRefund[]> {
  const db = kysely(em);
  if ('paymentIntentId' in which) {
    const total = await db
      .selectFrom('Payment')
      .select(sql<number>`coalesce(sum(amount_cents), 0)::int`.as('cents'))
      .where('paymentIntentId', '=', which.paymentIntentId)
      .where('kind', '=', 'refund')
      .where('status', 'in', ['pending', 'succeeded'])
      .where('externalId', 'is not', null)
      .executeTakeFirst();
    if ((total?.cents ?? 0) > which.amountRefundedCents) return [];
  }
  const rows = await db
    .updateTable('Payment')
    .set({
      status,
      updatedAt: now,
      ...(status === 'succeeded' ? { paidAt: now, notifiedAt: now } : {}),
    })
    .where('kind', '=', 'refund')
    .where('status', '=', 'pending')
    .$if('paymentId' in which, (q) => q.where('id', '=', (which as { paymentId: string }).paymentId))
    .$if('refundId' in which, (q) => q.where('externalId', '=', (which as { refundId: string }).refundId))
    .$if('paymentIntentId' in which, (q) =>
      q
        .where('paymentIntentId', '=', (which as { paymentIntentId: string }).paymentIntentId)
        .where('externalId', 'is not', null),
    )
    .returning(['id', 'amountCents', 'currency', 'order'])
    .execute();
  if (rows.length === 0) return [];
  const orders = await db
    .selectFrom('Order')
    .select(['id', 'reference', 'contact', 'event'])
    .where(
      'id',
      'in',
      rows.map((r) => r.order),
    )
    .execute();
  return rows.map((r) => {
    const order = orders.find((o) => o.id === r.order)!;
    return {
      paymentId: r.id,
      status,
      amountCents: r.amountCents,
      currency: r.currency,
      orderId: order.id,
      orderReference: order.reference,
      contactId: order.contact,
      eventId: order.event,
    };
  });
}

/** Stores the id Stripe gave a refund we asked for (once), so its webhook events find the row. */
export async function recordIssuedRefund(
  em: EntityManager,
  input: { paymentId: string; refundId: string; now: Date },
): Promise<void> {
  await kysely(em)
    .updateTable('Payment')
    .set({ externalId: input.refundId, updatedAt: input.now })
    .where('id', '=', input.paymentId)
    .where('externalId', 'is', null)
    .executeTakeFirst();
}
