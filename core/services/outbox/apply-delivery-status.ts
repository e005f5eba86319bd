import type { EntityManager } from '@mikro-orm/postgresql';
import { DELIVERY_STATUS_RANK, type DeliveryStatus } from '../../messages.js';

/** The rank as SQL, built from the one table in core/messages.ts; statuses outside it (queued-only, handled) rank 0. */
const rankSql = (column: string) =>
  `(case ${column} ${Object.entries(DELIVERY_STATUS_RANK)
    .map(([status, rank]) => `when '${status}' then ${rank}`)
    .join(' ')} else 0 end)`;
const statusAdvances = `${rankSql('status')} < ${rankSql('?::text')}`;

/**
 * Applies a provider's status callback. Callbacks arrive out of order, so the status only moves forward;
 * the comparison runs in the UPDATE itself, so concurrent callbacks cannot race each other backwards.
 */
export async function applyDeliveryStatus(
  em: EntityManager,
  update: { providerMessageId: string; status: DeliveryStatus; errorCode?: string },
): Promise<{ updated: boolean }> {
  if (!(update.status in DELIVERY_STATUS_RANK)) return { updated: false };
  const rows = await em.execute<{ id: string }[]>(
    `update messages set status = ?, error_code = coalesce(?, error_code), updated_at = now()
      where direction = 'out' and provider_message_id = ? and ${statusAdvances}
      returning id`,
    [update.status, update.errorCode ?? null, update.providerMessageId, update.status],
  );
  return { updated: rows.length > 0 };
}
