import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** The open handoff of a conversation, if any: while there is one, people answer and the bot stays quiet. */
export async function findOpenHandoff(em: EntityManager, conversationId: string): Promise<string | null> {
  const row = await kysely(em)
    .selectFrom('Handoff')
    .select('id')
    .where('conversation', '=', conversationId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row?.id ?? null;
}
