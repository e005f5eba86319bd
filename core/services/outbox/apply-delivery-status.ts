import type { EntityManager } from '@mikro-orm/postgresql';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../messages.js';

/**
 * Applies a provider's status callback. Callbacks arrive out of order (read before delivered), so the status
 * only ever moves forward; the rank is computed in SQL to make the check and the write one statement.
 */
export async function applyDeliveryStatus(
  em: EntityManager,
  update: { providerMessageId: string; status: DeliveryStatus; errorCode?: string },
): Promise<{ updated: boolean }> {
  const rank = (column: string) =>
    `(case ${column} when 'queued' then 0 when 'sending' then 1 when 'sent' then 2 when 'delivered' then 3
       when 'undelivered' then 3 when 'failed' then 3 when 'read' then 4 else 0 end)`;
  if (!DELIVERY_STATUSES.includes(update.status)) return { updated: false };
  const rows = await em.execute<{ id: string }[]>(
    `update messages set status = ?, error_code = coalesce(?, error_code), updated_at = now()
      where direction = 'out' and provider_message_id = ? and ${rank('status')} < ${rank('?')}
      returning id`,
    [update.status, update.errorCode ?? null, update.providerMessageId, update.status],
  );
  return { updated: rows.length > 0 };
}
