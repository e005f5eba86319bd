import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { isUuid } from '../../is-uuid.js';

/** One of an attendee's suggestions (a `matches` row), as its Meet / Not interested buttons name it. */
export interface Suggestion {
  suggestedId: string;
  name: string;
}

/** The attendee's own suggestion by id; null for someone else's or a malformed id (buttons can be stale). */
export async function findSuggestion(
  em: EntityManager,
  matchId: string,
  attendeeId: string,
): Promise<Suggestion | null> {
  if (!isUuid(matchId)) return null;
  const suggestion = await kysely(em)
    .selectFrom('Match as m')
    .innerJoin('Attendee as a', 'a.id', 'm.suggested')
    .select(['m.suggested as suggestedId', 'a.name'])
    .where('m.id', '=', matchId)
    .where('m.attendee', '=', attendeeId)
    .executeTakeFirst();
  return suggestion ?? null;
}

/** "Not interested": remembered, so that person is not suggested again. */
export async function markNotInterested(
  em: EntityManager,
  matchId: string,
  attendeeId: string,
): Promise<void> {
  await kysely(em)
    .updateTable('Match')
    .set({ status: 'not_interested', updatedAt: new Date() })
    .where('id', '=', matchId)
    .where('attendee', '=', attendeeId)
    .executeTakeFirst();
}
