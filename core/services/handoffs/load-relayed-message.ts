import type { EntityManager } from '@mikro-orm/postgresql';

/** An inbound message as organizers see it in a handoff thread; media shows as a label. */
export async function loadRelayedMessage(em: EntityManager, messageId: string): Promise<string | null> {
  const [row] = await em.execute<{ kind: string; body: string }[]>(
    `select kind, body from messages where id = ? and direction = 'in'`,
    [messageId],
  );
  if (!row) return null;
  if (row.kind === 'text' || row.kind === 'button') return row.body;
  return row.body ? `[${row.kind}] ${row.body}` : `[${row.kind}]`;
}
