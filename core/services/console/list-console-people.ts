import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** An event's attendees one can chat as in the console (those with a phone), by name. */
export async function listConsolePeople(
  em: EntityManager,
  eventId: string,
): Promise<{ name: string; phone: string; company: string }[]> {
  const rows = await kysely(em)
    .selectFrom('Attendee as a')
    .innerJoin('Contact as c', 'c.id', 'a.contact')
    .select(['a.name', 'c.phone', 'a.company'])
    .where('a.event', '=', eventId)
    .where('c.phone', 'is not', null)
    .orderBy('a.name')
    .execute();
  return rows.flatMap((r) => (r.phone ? [{ name: r.name, phone: r.phone, company: r.company }] : []));
}
