import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/**
 * Attendees without a profile vector for `model` (a lost embedding job, or a switch of embedding provider),
 * at most `limit` per call, grouped by event so each group is one embedProfiles run.
 */
export async function findUnembeddedAttendees(
  em: EntityManager,
  model: string,
  limit = 500,
): Promise<{ eventId: string; attendeeIds: string[] }[]> {
  const rows = await kysely(em)
    .selectFrom('Attendee as a')
    .leftJoin('AttendeeEmbedding as e', (join) =>
      join.onRef('e.attendee', '=', 'a.id').on('e.model', '=', model),
    )
    .select(['a.id', 'a.event as eventId'])
    .where('e.attendee', 'is', null)
    .limit(limit)
    .execute();
  const byEvent = new Map<string, string[]>();
  for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row.id]);
  return [...byEvent].map(([eventId, attendeeIds]) => ({ eventId, attendeeIds }));
}
