import type { EntityManager } from '@mikro-orm/postgresql';
import { type RawBuilder, sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { DerivedGoal } from './derive-goals.js';
import { selectProfiles } from './load-profiles.js';

/** Nearest neighbours fetched from the HNSW index before re-ranking. */
export const VECTOR_CANDIDATES = 60;
/**
 * People with a complementary goal are added as candidates even when their text is far from the viewer's
 * (the nearest of them: an exact distance over that subset, a few thousand rows at most per event).
 */
const COMPLEMENT_CANDIDATES = 100;

/**
 * The candidates: the viewer's HNSW neighbours united with the nearest people who have a complementary goal,
 * minus hidden profiles, people the viewer met or turned down, and people they have a meeting with.
 */
export function selectMatchCandidates(
  em: EntityManager,
  q: {
    eventId: string;
    viewerId: string;
    /** The viewer's embedding model: only vectors of the same space compare. */
    model: string;
    /** The viewer's vector as a `vector`-typed SQL expression. */
    vector: RawBuilder<unknown>;
    wantedKinds: DerivedGoal['kind'][];
  },
) {
  const distance = sql`${sql.ref('n.embedding')} <=> ${q.vector}`;
  const sameSpace = kysely(em)
    .selectFrom('AttendeeEmbedding as n')
    .where('n.eventId', '=', q.eventId)
    .where('n.model', '=', q.model)
    .where('n.attendee', '<>', q.viewerId);
  const nearest = sameSpace.select('n.attendee as candidateId').orderBy(distance).limit(VECTOR_CANDIDATES);
  const complementary = sameSpace
    .select('n.attendee as candidateId')
    .where(({ exists, selectFrom, fn, val }) =>
      exists(
        selectFrom('ConnectionGoal as g')
          .select('g.id')
          .whereRef('g.attendee', '=', 'n.attendee')
          .where('g.kind', '=', fn.any(val(q.wantedKinds))),
      ),
    )
    // "+ 0" keeps this an exact scan of the filtered rows: an HNSW scan would filter after the search and
    // could come back short.
    .orderBy(sql`(${distance}) + 0`)
    .limit(COMPLEMENT_CANDIDATES);
  // Each branch keeps its own ORDER BY … LIMIT as a derived table. Their aliases must differ from the entity
  // aliases below: the entity-naming plugin would take an `x` or `m` here for the table of that name.
  const near = kysely(em)
    .selectFrom(nearest.as('nearest'))
    .select('nearest.candidateId')
    .union(kysely(em).selectFrom(complementary.as('complementary')).select('complementary.candidateId'));

  return selectProfiles(em)
    .innerJoin(near.as('c'), 'c.candidateId', 'a.id')
    .innerJoin('AttendeeEmbedding as e', (join) =>
      join.onRef('e.attendee', '=', 'a.id').on('e.model', '=', q.model),
    )
    .leftJoin('NetworkingPreference as np', 'np.attendee', 'a.id')
    .select((eb) => [
      sql<number>`1 - (${eb.ref('e.embedding')} <=> ${q.vector})`.as('similarity'),
      eb
        .selectFrom('Meeting as m')
        .select(sql<number>`count(*)::int`.as('n'))
        .where((m) =>
          m.or([
            m.and([
              m('m.requester', '=', m.ref('a.id')),
              m('m.inviteeMet', '=', false),
              m('m.requesterMet', 'is not', sql.lit(true)),
            ]),
            m.and([
              m('m.invitee', '=', m.ref('a.id')),
              m('m.requesterMet', '=', false),
              m('m.inviteeMet', 'is not', sql.lit(true)),
            ]),
          ]),
        )
        .as('noShows'),
    ])
    .where((eb) => eb.or([eb('np.visibility', 'is', null), eb('np.visibility', '=', 'public')]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('Match as x')
            .select('x.id')
            .where('x.attendee', '=', q.viewerId)
            .whereRef('x.suggested', '=', 'a.id')
            .where('x.status', 'in', ['not_interested', 'met']),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('Meeting as m')
            .select('m.id')
            .where('m.status', 'in', ['pending', 'accepted', 'declined'])
            .where((m) =>
              m.or([
                m.and([m('m.requester', '=', q.viewerId), m('m.invitee', '=', m.ref('a.id'))]),
                m.and([m('m.invitee', '=', q.viewerId), m('m.requester', '=', m.ref('a.id'))]),
              ]),
            ),
        ),
      ),
    );
}
