import type { EntityManager } from '@mikro-orm/postgresql';

/** Remembers the organizers' thread for a handoff; only the first thread sticks (a retried job posts once). */
export async function attachSlackThread(
  em: EntityManager,
  handoffId: string,
  thread: { channel: string; ts: string },
): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `update handoffs set slack_channel = ?, slack_thread_ts = ? where id = ? and slack_thread_ts is null
     returning id`,
    [thread.channel, thread.ts, handoffId],
  );
  return rows.length > 0;
}
