import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../sql-array.js';
import { deriveGoals } from './derive-goals.js';
import type { ProfileRow } from './load-profiles.js';

/** Rewrites the connection goals of these attendees from their current profile (pure rules, no I/O). */
export async function refreshGoals(em: EntityManager, profiles: readonly ProfileRow[]): Promise<void> {
  if (profiles.length === 0) return;
  await em.execute('delete from connection_goals where attendee_id = any(?::uuid[])', [
    sqlArray(profiles.map((p) => p.id)),
  ]);
  const rows = profiles.flatMap((p) => deriveGoals(p).map((g) => ({ attendee: p.id, ...g })));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await em.execute(
      `insert into connection_goals (id, attendee_id, kind, topic, source)
       select gen_random_uuid(), x.attendee, x.kind, x.topic, left(x.source, 255)
         from jsonb_to_recordset(?::jsonb) as x(attendee uuid, kind text, topic text, source text)
       on conflict (attendee_id, kind, topic) do nothing`,
      [JSON.stringify(chunk)],
    );
  }
}
