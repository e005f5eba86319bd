import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/**
 * The channel of each outbox row, in the order given. A delivery job uses it to hand rows of a channel that
 * only another process can send (WhatsApp Web: one gateway holds the session) over to that process's queue.
 */
export async function outboxChannels(
  em: EntityManager,
  outboxIds: string[],
): Promise<{ id: string; channel: string }[]> {
  if (outboxIds.length === 0) return [];
  const rows = await kysely(em)
    .selectFrom('Outbox')
    .select(['id', 'channel'])
    .where('id', 'in', outboxIds)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row.channel]));
  return outboxIds.flatMap((id) => {
    const channel = byId.get(id);
    return channel ? [{ id, channel }] : [];
  });
}
