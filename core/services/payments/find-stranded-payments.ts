import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export interface StrandedPayments {
  /** Stored webhook events never applied (their job was lost or failed for good). */
  eventIds: string[];
  /** Reserved orders whose Checkout Session was never opened. */
  checkoutOrderIds: string[];
  /** Stripe refunds recorded but never sent to Stripe. */
  refundIds: string[];
}

/** Payment work whose job Redis lost: older than `olderThanSeconds`, so live jobs are left alone. */
export async function findStrandedPayments(
  em: EntityManager,
  input: { now: Date; olderThanSeconds: number; limit: number },
): Promise<StrandedPayments> {
  const db = kysely(em);
  const before = new Date(input.now.getTime() - input.olderThanSeconds * 1000);
  const events = await db
    .selectFrom('PaymentEvent')
    .select('id')
    .where('processedAt', 'is', null)
    .where('receivedAt', '<', before)
    .orderBy('receivedAt')
    .limit(input.limit)
    .execute();
  const checkouts = await db
    .selectFrom('Payment as p')
    .innerJoin('Order as o', 'o.id', 'p.order')
    .select('o.id')
    .where('p.kind', '=', 'charge')
    .where('p.provider', '=', 'stripe')
    .where('p.status', '=', 'pending')
    .where('p.externalId', 'is', null)
    .where('o.status', '=', 'reserved')
    .where('p.createdAt', '<', before)
    .limit(input.limit)
    .execute();
  const refunds = await db
    .selectFrom('Payment')
    .select('id')
    .where('kind', '=', 'refund')
    .where('provider', '=', 'stripe')
    .where('status', '=', 'pending')
    .where('externalId', 'is', null)
    .where('createdAt', '<', before)
    .limit(input.limit)
    .execute();
  return {
    eventIds: events.map((e) => e.id),
    checkoutOrderIds: checkouts.map((c) => c.id),
    refundIds: refunds.map((r) => r.id),
  };
}
