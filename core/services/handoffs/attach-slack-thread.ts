import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** Remembers the organizers' thread for a handoff; only the first thread sticks (a retried job posts once). */
export async function attachSlackThread(
  em: EntityManager,
  handoffId: string,
  thread: { channel: string; ts: string },
): Promise<boolean> {
  const attached = await kysely(em)
    .updateTable('Handoff')
    .set({ slackChannel: thread.channel, slackThreadTs: thread.ts })
    .where('id', '=', handoffId)
    .where('slackThreadTs', 'is', null)
    .executeTakeFirst();
  return attached.numUpdatedRows > 0n;
}
