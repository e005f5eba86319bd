import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** An inbound message as organizers see it in a handoff thread; media shows as a label. */
export async function loadRelayedMessage(em: EntityManager, messageId: string): Promise<string | null> {
  const row = await kysely(em)
    .selectFrom('Message')
    .select(['kind', 'body'])
    .where('id', '=', messageId)
    .where('direction', '=', 'in')
    .executeTakeFirst();
  if (!row) return null;
  if (row.kind === 'text' || row.kind === 'button') return row.body;
  return row.body ? `[${row.kind}] ${row.body}` : `[${row.kind}]`;
}
