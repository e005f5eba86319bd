import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { kysely } from '../../../db/kysely.js';
import type { DerivedGoal } from './derive-goals.js';

/** What matchmaking knows about an attendee: the profile facts, the talks they give, their normalised goals. */
export interface Profile {
  id: string;
  name: string;
  role: string;
  company: string;
  industry: string;
  interests: string[];
  goals: string[];
  /** Titles of the sessions this attendee speaks at (matched by name on the event's sessions). */
  talks: string[];
  /** Their normalised goals (connection_goals). */
  derived: DerivedGoal[];
}

/** Attendees (aliased `a`) with their profile: shared by loadProfiles and the match candidate query. */
export function selectProfiles(em: EntityManager) {
  return kysely(em)
    .selectFrom('Attendee as a')
    .select((eb) => [
      'a.id',
      'a.name',
      'a.role',
      'a.company',
      'a.industry',
      'a.interests',
      'a.goals',
      eb.fn
        .coalesce(
          eb
            .selectFrom('EventSession as s')
            .select((s) =>
              sql<string[]>`array_agg(${s.ref('s.title')} order by ${s.ref('s.startsAt')})`.as('titles'),
            )
            .whereRef('s.event', '=', 'a.event')
            .where((s) => s('a.name', '=', s.fn.any('s.speakers'))),
          sql<string[]>`'{}'`,
        )
        .as('talks'),
      jsonArrayFrom(
        eb
          .selectFrom('ConnectionGoal as g')
          .select(['g.kind', 'g.topic', 'g.source'])
          .whereRef('g.attendee', '=', 'a.id')
          .orderBy('g.source'),
      ).as('derived'),
    ]);
}

/** Attendees' profile facts with the talks they give; `ids` narrows to some attendees of the event. */
export async function loadProfiles(
  em: EntityManager,
  eventId: string,
  ids?: readonly string[],
): Promise<Profile[]> {
  let query = selectProfiles(em).where('a.event', '=', eventId);
  if (ids) query = query.where('a.id', '=', (eb) => eb.fn.any(eb.val(ids)));
  return query.orderBy('a.id').execute();
}
