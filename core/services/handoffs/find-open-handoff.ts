import type { EntityManager } from '@mikro-orm/postgresql';

/** The open handoff of a conversation, if any: while there is one, people answer and the bot stays quiet. */
export async function findOpenHandoff(em: EntityManager, conversationId: string): Promise<string | null> {
  const [row] = await em.execute<{ id: string }[]>(
    `select id from handoffs where conversation_id = ? and status = 'open'`,
    [conversationId],
  );
  return row?.id ?? null;
}
