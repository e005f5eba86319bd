import type { EntityManager } from '@mikro-orm/postgresql';
import { type Expression, sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { DELIVERY_STATUS_RANK, type DeliveryStatus } from '../../messages.js';

/** A status's rank in SQL, built from the one table in core/messages.ts; statuses outside it (queued-only, handled) rank 0. */
const rankOf = (status: Expression<string>) =>
  sql<number>`(case ${status} ${sql.join(
    Object.entries(DELIVERY_STATUS_RANK).map(
      ([name, rank]) => sql`when ${sql.lit(name)} then ${sql.lit(rank)}`,
    ),
    sql` `,
  )} else 0 end)`;

/**
 * Applies a provider's status callback. Callbacks arrive out of order, so the status only moves forward;
 * the comparison runs in the UPDATE itself, so concurrent callbacks cannot race each other backwards.
 */
export async function applyDeliveryStatus(
  em: EntityManager,
  update: { providerMessageId: string; status: DeliveryStatus; errorCode?: string },
): Promise<{ updated: boolean }> {
  if (!(update.status in DELIVERY_STATUS_RANK)) return { updated: false };
  const result = await kysely(em)
    .updateTable('Message')
    .set((eb) => ({
      status: update.status,
      errorCode: eb.fn.coalesce(eb.val(update.errorCode ?? null), eb.ref('errorCode')),
      updatedAt: sql`now()`,
    }))
    .where('direction', '=', 'out')
    .where('providerMessageId', '=', update.providerMessageId)
    .where((eb) => eb(rankOf(eb.ref('status')), '<', rankOf(sql`${update.status}::text`)))
    .executeTakeFirst();
  return { updated: result.numUpdatedRows > 0n };
}
