import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/**
 * The attendee the NLU's `person` slot names: the event file's attendee code, or our uuid for people who
 * joined in chat (they have no code; the catalog lists them by id).
 */
export async function findAttendeeByPerson(
  em: EntityManager,
  eventId: string,
  person: string,
): Promise<string | null> {
  const attendee = await kysely(em)
    .selectFrom('Attendee')
    .select('id')
    .where('event', '=', eventId)
    .where((eb) => eb.or([eb('code', '=', person), eb(eb.cast('id', 'text'), '=', person)]))
    .executeTakeFirst();
  return attendee?.id ?? null;
}
