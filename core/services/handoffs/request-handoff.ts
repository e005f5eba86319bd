import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Records that a person wants a human. At most one open handoff per conversation (partial unique index), so
 * asking twice returns the existing request.
 */
export async function requestHandoff(
  em: EntityManager,
  conversationId: string,
  reason: string,
): Promise<{ created: boolean; handoffId: string | null }> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into handoffs (id, conversation_id, reason, status, created_at) values (?, ?, ?, 'open', now())
     on conflict (conversation_id) where status = 'open' do nothing returning id`,
    [randomUUID(), conversationId, reason],
  );
  return { created: rows.length > 0, handoffId: rows[0]?.id ?? null };
}
