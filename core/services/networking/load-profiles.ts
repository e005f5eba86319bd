import type { EntityManager } from '@mikro-orm/postgresql';
import type { DerivedGoal } from './derive-goals.js';
import { sqlArray } from './sql-array.js';

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
}

/** Attendees' profile facts with the talks they give; `ids` narrows to some attendees of the event. */
export async function loadProfiles(
  em: EntityManager,
  eventId: string,
  ids?: readonly string[],
): Promise<ProfileRow[]> {
  return em.execute<ProfileRow[]>(
    `select a.id, a.event_id, a.name, a.role, a.company, a.industry, a.interests, a.goals,
            coalesce((select array_agg(s.title order by s.starts_at) from event_sessions s
                       where s.event_id = a.event_id and a.name = any(s.speakers)), '{}') as talks
       from attendees a
      where a.event_id = ? ${ids ? 'and a.id = any(?::uuid[])' : ''}
      order by a.id`,
    ids ? [eventId, sqlArray(ids)] : [eventId],
  );
}

/** The normalised goals of some attendees, by attendee id. */
export async function loadGoals(
  em: EntityManager,
  attendeeIds: readonly string[],
): Promise<Map<string, DerivedGoal[]>> {
  const rows = await em.execute<(DerivedGoal & { attendee_id: string })[]>(
    'select attendee_id, kind, topic, source from connection_goals where attendee_id = any(?::uuid[]) order by source',
    [sqlArray(attendeeIds)],
  );
  const byAttendee = new Map<string, DerivedGoal[]>();
  for (const { attendee_id, ...goal } of rows) {
    byAttendee.set(attendee_id, [...(byAttendee.get(attendee_id) ?? []), goal]);
  }
  return byAttendee;
}
