import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../sql-array.js';
import { loadProfiles, PROFILE_COLUMNS, type ProfileRow } from './load-profiles.js';
import { COMPLEMENTS, type MatchProfile, type ScoredMatch, scoreMatch } from './score-match.js';

/** Nearest neighbours fetched from the HNSW index before re-ranking. */
export const VECTOR_CANDIDATES = 60;
/**
 * People with a complementary goal are added as candidates even when their text is far from the viewer's
 * (the nearest of them: an exact distance over that subset, a few thousand rows at most per event).
 */
const COMPLEMENT_CANDIDATES = 100;
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
 * `scoreMatch`. The suggestions are remembered in `matches` (score and reason; a status set earlier stays).
 * Returns [] when the attendee has no embedding yet.
 */
export async function findMatches(
  em: EntityManager,
  input: { eventId: string; attendeeId: string; limit?: number },
): Promise<SuggestedMatch[]> {
  const limit = input.limit ?? 5;
  const [mine] = await em.execute<{ embedding: string; model: string }[]>(
    'select embedding::text as embedding, model from attendee_embeddings where attendee_id = ?',
    [input.attendeeId],
  );
  const [viewer] = await loadProfiles(em, input.eventId, [input.attendeeId]);
  if (!mine || !viewer) return [];
  const viewerGoals = viewer.derived;
  const wantedKinds = [
    ...new Set(viewerGoals.map((g) => COMPLEMENTS[g.kind]).filter((k) => k !== undefined)),
  ];

  await em.execute(`set local hnsw.ef_search = ${HNSW_EF_SEARCH}`);
  // One round trip: candidates with their profiles, goals, similarity and reported no-shows.
  const candidates = await em.execute<(ProfileRow & { similarity: number; no_shows: number })[]>(
    `with near as (
       (select attendee_id from attendee_embeddings
         where event_id = ? and model = ? and attendee_id <> ?
         order by embedding <=> ?::vector limit ${VECTOR_CANDIDATES})
       union
       (select e.attendee_id from attendee_embeddings e
         where e.event_id = ? and e.model = ? and e.attendee_id <> ?
           and exists (select 1 from connection_goals g where g.attendee_id = e.attendee_id and g.kind = any(?::text[]))
         -- "+ 0" keeps this an exact scan of the filtered rows: an HNSW scan would filter after the search
         -- and could come back short.
         order by (e.embedding <=> ?::vector) + 0 limit ${COMPLEMENT_CANDIDATES}))
     select ${PROFILE_COLUMNS}, 1 - (e.embedding <=> ?::vector) as similarity,
            (select count(*)::int from meetings m
              where (m.requester_id = c.attendee_id and m.invitee_met = false and m.requester_met is not true)
                 or (m.invitee_id = c.attendee_id and m.requester_met = false and m.invitee_met is not true)) as no_shows
       from near c
       join attendees a on a.id = c.attendee_id
       join attendee_embeddings e on e.attendee_id = c.attendee_id and e.model = ?
       left join networking_preferences np on np.attendee_id = c.attendee_id
      where coalesce(np.visibility, 'public') = 'public'
        and not exists (select 1 from matches x where x.attendee_id = ? and x.suggested_id = c.attendee_id
                          and x.status in ('not_interested', 'met'))
        and not exists (select 1 from meetings m
                         where m.status in ('pending', 'accepted', 'declined')
                           and ((m.requester_id = ? and m.invitee_id = c.attendee_id)
                             or (m.invitee_id = ? and m.requester_id = c.attendee_id)))`,
    [
      input.eventId,
      mine.model,
      viewer.id,
      mine.embedding,
      input.eventId,
      mine.model,
      viewer.id,
      sqlArray(wantedKinds),
      mine.embedding,
      mine.embedding,
      mine.model,
      viewer.id,
      viewer.id,
      viewer.id,
    ],
  );
  if (candidates.length === 0) return [];
  const me = toMatchProfile(viewer, viewerGoals);
  const ranked = candidates
    .map((c) => ({
      ...scoreMatch(me, {
        ...toMatchProfile(c, c.derived),
        similarity: Number(c.similarity),
        noShows: c.no_shows,
      }),
      name: c.name,
      role: c.role,
      company: c.company,
    }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
  if (ranked.length === 0) return [];

  const saved = await em.execute<{ id: string; suggested_id: string }[]>(
    `insert into matches (id, event_id, attendee_id, suggested_id, score, reason, status, created_at, updated_at)
     select gen_random_uuid(), ?, ?, x.suggested, x.score, x.reason, 'suggested', now(), now()
       from jsonb_to_recordset(?::jsonb) as x(suggested uuid, score float8, reason text)
     on conflict (attendee_id, suggested_id) do update
       set score = excluded.score, reason = excluded.reason, updated_at = now()
     returning id, suggested_id`,
    [
      input.eventId,
      viewer.id,
      JSON.stringify(ranked.map((r) => ({ suggested: r.attendeeId, score: r.score, reason: r.reason }))),
    ],
  );
  const matchIds = new Map(saved.map((s) => [s.suggested_id, s.id]));
  return ranked.map((r) => ({ ...r, matchId: matchIds.get(r.attendeeId)! }));
}

export function toMatchProfile(p: ProfileRow, goals: MatchProfile['goals']): MatchProfile {
  return {
    attendeeId: p.id,
    name: p.name,
    role: p.role,
    company: p.company,
    industry: p.industry,
    interests: p.interests,
    goals,
    talks: p.talks,
  };
}
