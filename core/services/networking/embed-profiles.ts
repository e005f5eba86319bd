import type { EntityManager } from '@mikro-orm/postgresql';
import type { Embedder } from '../../ports/embedder.js';
import { sqlArray } from '../../sql-array.js';
import { loadProfiles } from './load-profiles.js';
import { profileHash, profileText } from './profile-text.js';
import { refreshGoals } from './refresh-goals.js';

const BATCH = 256;

/**
 * Brings attendees' matchmaking data up to date with their profiles: connection goals always (cheap rules),
 * and the embedding only where the profile text or the embedding model changed (source hash). The provider
 * is called outside any transaction; each batch is written in one short transaction. Safe to run again.
 */
export async function embedProfiles(
  em: EntityManager,
  embedder: Embedder,
  scope: { eventId: string; attendeeIds?: readonly string[] },
): Promise<{ embedded: number; unchanged: number }> {
  const profiles = await loadProfiles(em, scope.eventId, scope.attendeeIds);
  await em.transactional((tx) => refreshGoals(tx, profiles));
  const known = new Map(
    (
      await em.execute<{ attendee_id: string; source_hash: string }[]>(
        'select attendee_id, source_hash from attendee_embeddings where attendee_id = any(?::uuid[])',
        [sqlArray(profiles.map((p) => p.id))],
      )
    ).map((r) => [r.attendee_id, r.source_hash]),
  );
  const stale = profiles
    .map((p) => {
      const text = profileText(p);
      return { id: p.id, text, hash: profileHash(text, embedder.model) };
    })
    .filter((p) => known.get(p.id) !== p.hash);

  for (let i = 0; i < stale.length; i += BATCH) {
    const batch = stale.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch.map((p) => p.text));
    const rows = batch.map((p, k) => ({
      attendee: p.id,
      vector: `[${vectors[k]!.join(',')}]`,
      hash: p.hash,
    }));
    await em.execute(
      `insert into attendee_embeddings (attendee_id, event_id, model, embedding, source_hash, updated_at)
       select x.attendee, ?, ?, x.vector::vector, x.hash, now()
         from jsonb_to_recordset(?::jsonb) as x(attendee uuid, vector text, hash text)
       on conflict (attendee_id) do update
         set model = excluded.model, embedding = excluded.embedding, source_hash = excluded.source_hash,
             event_id = excluded.event_id, updated_at = now()`,
      [scope.eventId, embedder.model, JSON.stringify(rows)],
    );
  }
  return { embedded: stale.length, unchanged: profiles.length - stale.length };
}
