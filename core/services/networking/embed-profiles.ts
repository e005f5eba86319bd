import type { EntityManager } from '@mikro-orm/postgresql';
import { AttendeeEmbedding } from '../../../db/entities/attendee-embedding.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { Embedder } from '../../ports/embedder.js';
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
  // Hashes of what is embedded now: the whole event by its index, or the few attendees asked for.
  const embedded = await em.find(
    AttendeeEmbedding,
    scope.attendeeIds ? { attendee: { $in: [...scope.attendeeIds] } } : { eventId: scope.eventId },
    { fields: ['sourceHash'], disableIdentityMap: true },
  );
  const known = new Map(embedded.map((e) => [e.attendee.id, e.sourceHash]));
  const stale = profiles
    .map((p) => {
      const text = profileText(p);
      return { id: p.id, text, hash: profileHash(text, embedder.model) };
    })
    .filter((p) => known.get(p.id) !== p.hash);

  for (let i = 0; i < stale.length; i += BATCH) {
    const batch = stale.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch.map((p) => p.text));
    const now = new Date();
    await kysely(em)
      .insertInto('AttendeeEmbedding')
      .values(
        batch.map((p, k) => ({
          attendee: p.id,
          eventId: scope.eventId,
          model: embedder.model,
          embedding: vectors[k]!,
          sourceHash: p.hash,
          updatedAt: now,
        })),
      )
      .onConflict((oc) =>
        oc.column('attendee').doUpdateSet((eb) => ({
          model: eb.ref('excluded.model'),
          embedding: eb.ref('excluded.embedding'),
          sourceHash: eb.ref('excluded.sourceHash'),
          eventId: eb.ref('excluded.eventId'),
          updatedAt: now,
        })),
      )
      .executeTakeFirst();
  }
  return { embedded: stale.length, unchanged: profiles.length - stale.length };
}
