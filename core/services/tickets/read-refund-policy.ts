import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { RefundPolicy } from './refund-policy.js';

/** The refund policy of the event an order belongs to (null: none set, refunds are full). */
export async function readRefundPolicy(em: EntityManager, orderId: string): Promise<RefundPolicy | null> {
  const row = await kysely(em)
    .selectFrom('Order as o')
    .innerJoin('Event as e', 'e.id', 'o.event')
    .select('e.refundPolicy')
    .where('o.id', '=', orderId)
    .executeTakeFirst();
  return row?.refundPolicy ?? null;
}
