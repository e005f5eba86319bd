import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The attendee the NLU's `person` slot names: the event file's attendee code, or our uuid for people who
 * joined in chat (they have no code; the catalog lists them by id).
 */
export async function findAttendeeByPerson(
  em: EntityManager,
  eventId: string,
  person: string,
): Promise<string | null> {
  const [row] = await em.execute<{ id: string }[]>(
    'select id from attendees where event_id = ? and (code = ? or id::text = ?)',
    [eventId, person, person],
  );
  return row?.id ?? null;
}
