import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * An organizer takes a party off a waiting list (status `left`, as if they had left). Only a party that is
 * still waiting: one holding an offer keeps it until it is claimed, passed or expires.
 */
export async function removeWaitlistEntry(
  em: EntityManager,
  eventId: string,
  entryId: string,
): Promise<{ name: string; tier: string } | null> {
  const [row] = await em.execute<{ name: string; tier: string }[]>(
    `update waitlists w set status = 'left', updated_at = clock_timestamp()
       from ticket_tiers t, contacts c
      where w.id = ? and w.event_id = ? and w.status = 'waiting' and t.id = w.tier_id and c.id = w.contact_id
      returning coalesce((select a.name from attendees a where a.contact_id = c.id and a.event_id = w.event_id),
                         c.display_name, c.phone) as name, t.code as tier`,
    [entryId, eventId],
  );
  return row ?? null;
}
