import type { EntityManager } from '@mikro-orm/postgresql';
import { Attendee } from '../../../db/entities/attendee.entity.js';

/** An event's attendees one can chat as in the console (those with a phone), by name. */
export async function listConsolePeople(
  em: EntityManager,
  eventId: string,
): Promise<{ name: string; phone: string; company: string }[]> {
  const attendees = await em.find(
    Attendee,
    { event: eventId, contact: { phone: { $ne: null } } },
    { fields: ['name', 'company', 'contact.phone'], orderBy: { name: 'asc' } },
  );
  return attendees.flatMap((a) => {
    const phone = a.contact?.phone;
    return phone ? [{ name: a.name, phone, company: a.company }] : [];
  });
}
