import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

/**
 * Records that a person wants a human. At most one open handoff per conversation (partial unique index), so
 * asking twice returns the existing request.
 */
export async function requestHandoff(
  em: EntityManager,
  conversationId: string,
  reason: string,
): Promise<{ created: boolean; handoffId: string | null }> {
  const row = await kysely(em)
    .insertInto('Handoff')
    .values({
      id: randomUUID(),
      conversation: conversationId,
      reason,
      status: 'open',
      createdAt: sql`now()`,
    })
    // The partial index's predicate, as a literal: Postgres matches the index when it parses the statement.
    .onConflict((oc) => oc.column('conversation').where('status', '=', sql.lit('open')).doNothing())
    .returning('id')
    .executeTakeFirst();
  // Kept on the conversation for reports (the seed's chatbot_logs.escalated).
  if (row) {
    await kysely(em)
      .updateTable('Conversation')
      .set({ escalated: true, resolved: false })
      .where('id', '=', conversationId)
      .executeTakeFirst();
  }
  return { created: Boolean(row), handoffId: row?.id ?? null };
}
