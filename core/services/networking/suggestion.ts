import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../is-uuid.js';

/** One of an attendee's suggestions (a `matches` row), as its Meet / Not interested buttons name it. */
export interface Suggestion {
  suggestedId: string;
  name: string;
  reason: string;
}

/** The attendee's own suggestion by id; null for someone else's or a malformed id (buttons can be stale). */
export async function findSuggestion(
  em: EntityManager,
  matchId: string,
  attendeeId: string,
): Promise<Suggestion | null> {
  if (!isUuid(matchId)) return null;
  const [row] = await em.execute<{ suggested_id: string; name: string; reason: string }[]>(
    `select m.suggested_id, a.name, m.reason from matches m join attendees a on a.id = m.suggested_id
      where m.id = ? and m.attendee_id = ?`,
    [matchId, attendeeId],
  );
  return row ? { suggestedId: row.suggested_id, name: row.name, reason: row.reason } : null;
}

/** "Not interested": remembered, so that person is not suggested again. */
export async function markNotInterested(
  em: EntityManager,
  matchId: string,
  attendeeId: string,
): Promise<void> {
  await em.execute(
    `update matches set status = 'not_interested', updated_at = now() where id = ? and attendee_id = ?`,
    [matchId, attendeeId],
  );
}
