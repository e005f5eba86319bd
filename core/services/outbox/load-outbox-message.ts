import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { OutboundMessage } from '../../messages.js';

/** The message an outbox row carries, as it was written (the outbox row points at its `messages` row). */
export async function loadOutboxMessage(
  em: EntityManager,
  outboxId: string,
): Promise<OutboundMessage | null> {
  const row = await kysely(em)
    .selectFrom('Outbox as o')
    .innerJoin('Message as m', 'm.id', 'o.message')
    .select('m.payload')
    .where('o.id', '=', outboxId)
    .executeTakeFirst();
  // Outbound rows store the OutboundMessage itself as their payload (see enqueue-replies).
  return row ? (row.payload as unknown as OutboundMessage) : null;
}
