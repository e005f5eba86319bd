import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import pgvector from 'pgvector';
import { kysely } from '../../../db/kysely.js';
import { loadProfiles, type Profile } from './load-profiles.js';
import { selectMatchCandidates } from './match-candidates.js';
import { COMPLEMENTS, type MatchProfile, type ScoredMatch, scoreMatch } from './score-match.js';

/**
 * HNSW search breadth. pgvector's default (40) already gives recall@5 0.996 on `bench matches` (0.990 at 20,
 * 0.999 at 100), but an HNSW scan returns at most ef_search rows, and we fetch VECTOR_CANDIDATES (60).
 */
export const HNSW_EF_SEARCH = 100;

export interface SuggestedMatch extends ScoredMatch {
  matchId: string;
  name: string;
  role: string;
  company: string;
}

/**
 * Who this attendee should meet: HNSW cosine neighbours of their profile vector plus people with a
 * complementary goal, minus themselves, hidden profiles, people they already met, turned down
 * (not interested, a declined meeting) or have a pending or accepted meeting with; re-ranked by
 * `scoreMatch`. The suggestions are remembered in `matches` (score and the reason as facts, never words: each
 * reader gets them in their language; a status set earlier stays).
 * Returns [] when the attendee has no embedding yet.
 */
export async function findMatches(
  em: EntityManager,
  input: { eventId: string; attendeeId: string; limit?: number },
): Promise<SuggestedMatch[]> {
  const limit = input.limit ?? 5;
  const k = kysely(em);
  const mine = await k
    .selectFrom('AttendeeEmbedding')
    .select(['embedding', 'model'])
    .where('attendee', '=', input.attendeeId)
    .executeTakeFirst();
  const [viewer] = await loadProfiles(em, input.eventId, [input.attendeeId]);
  if (!mine || !viewer) return [];
  const wantedKinds = [
    ...new Set(viewer.derived.map((g) => COMPLEMENTS[g.kind]).filter((kind) => kind !== undefined)),
  ];

  await widenHnswSearch(em);
  // One round trip: candidates with their profiles, goals, similarity and reported no-shows.
  const candidates = await selectMatchCandidates(em, {
    eventId: input.eventId,
    viewerId: viewer.id,
    model: mine.model,
    // pgvector's SQL literal ('[0.1,…]') of the viewer's vector (the entity's VectorType reads it as numbers).
    vector: sql`${pgvector.toSql(mine.embedding)}::vector`,
    wantedKinds,
  }).execute();
  if (candidates.length === 0) return [];
  const me = toMatchProfile(viewer);
  const ranked = candidates
    .map((c) => ({
      ...scoreMatch(me, { ...toMatchProfile(c), similarity: c.similarity, noShows: c.noShows ?? 0 }),
      name: c.name,
      role: c.role,
      company: c.company,
    }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
  if (ranked.length === 0) return [];

  const now = new Date();
  const saved = await k
    .insertInto('Match')
    .values(
      ranked.map((r) => ({
        id: randomUUID(),
        event: input.eventId,
        attendee: viewer.id,
        suggested: r.attendeeId,
        score: r.score,
        reasonFacts: r.reason,
        status: 'suggested' as const,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['attendee', 'suggested']).doUpdateSet((eb) => ({
        score: eb.ref('excluded.score'),
        reasonFacts: eb.ref('excluded.reasonFacts'),
        // The facts now say why; an English reason left from before them would only mislead.
        reason: null,
        updatedAt: now,
      })),
    )
    .returning(['id', 'suggested'])
    .execute();
  const matchIds = new Map(saved.map((s) => [s.suggested, s.id]));
  return ranked.map((r) => ({ ...r, matchId: matchIds.get(r.attendeeId)! }));
}

/** `set local hnsw.ef_search` as a function call: the rest of this transaction's HNSW scans go wider. */
async function widenHnswSearch(em: EntityManager): Promise<void> {
  await kysely(em)
    .selectNoFrom((eb) =>
      eb
        .fn('set_config', [sql.lit('hnsw.ef_search'), sql.lit(String(HNSW_EF_SEARCH)), sql.lit(true)])
        .as('set'),
    )
    .executeTakeFirst();
}

export function toMatchProfile(p: Profile): MatchProfile {
  return {
    attendeeId: p.id,
    name: p.name,
    role: p.role,
    company: p.company,
    industry: p.industry,
    interests: p.interests,
    goals: p.derived,
    statedGoals: p.goals,
    talks: p.talks,
  };
}
