import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../sql-array.js';
import type { DerivedGoal } from './derive-goals.js';

export interface ProfileRow {
  id: string;
  event_id: string;
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

/** A profile row's columns for attendees aliased `a`: shared by loadProfiles and the match candidate query. */
export const PROFILE_COLUMNS = `a.id, a.event_id, a.name, a.role, a.company, a.industry, a.interests, a.goals,
  coalesce((select array_agg(s.title order by s.starts_at) from event_sessions s
             where s.event_id = a.event_id and a.name = any(s.speakers)), '{}') as talks,
  coalesce((select json_agg(json_build_object('kind', g.kind, 'topic', g.topic, 'source', g.source) order by g.source)
              from connection_goals g where g.attendee_id = a.id), '[]') as derived`;

/** Attendees' profile facts with the talks they give; `ids` narrows to some attendees of the event. */
export async function loadProfiles(
  em: EntityManager,
  eventId: string,
  ids?: readonly string[],
): Promise<ProfileRow[]> {
  return em.execute<ProfileRow[]>(
    `select ${PROFILE_COLUMNS} from attendees a
      where a.event_id = ? ${ids ? 'and a.id = any(?::uuid[])' : ''}
      order by a.id`,
    ids ? [eventId, sqlArray(ids)] : [eventId],
  );
}
