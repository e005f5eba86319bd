import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { deriveGoals } from './derive-goals.js';
import type { Profile } from './load-profiles.js';

/** connection_goals.source is a varchar(255); Postgres counts characters (code points), as here. */
const clip = (text: string) => [...text].slice(0, 255).join('');

/** Rewrites the connection goals of these attendees from their current profile (pure rules, no I/O). */
export async function refreshGoals(em: EntityManager, profiles: readonly Profile[]): Promise<void> {
  if (profiles.length === 0) return;
  const k = kysely(em);
  await k
    .deleteFrom('ConnectionGoal')
    .where('attendee', '=', (eb) => eb.fn.any(eb.val(profiles.map((p) => p.id))))
    .executeTakeFirst();
  const rows = profiles.flatMap((p) =>
    deriveGoals(p).map((g) => ({ id: randomUUID(), attendee: p.id, ...g, source: clip(g.source) })),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await k
      .insertInto('ConnectionGoal')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['attendee', 'kind', 'topic']).doNothing())
      .executeTakeFirst();
  }
}
