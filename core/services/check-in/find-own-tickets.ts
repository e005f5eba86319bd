import type { EntityManager } from '@mikro-orm/postgresql';

export interface OwnTicket {
  ticketId: string;
  reference: string;
  tier: string;
  checkedInAt: Date | null;
}

/** A person's valid tickets of confirmed orders for the event, oldest first (the first is theirs to use). */
export async function findOwnTickets(
  em: EntityManager,
  eventId: string,
  contactId: string,
): Promise<OwnTicket[]> {
  const rows = await em.execute<
    { id: string; reference: string; tier: string; checked_in_at: Date | null }[]
  >(
    `select k.id, k.reference, t.name as tier, k.checked_in_at
       from tickets k join orders o on o.id = k.order_id join ticket_tiers t on t.id = o.tier_id
      where o.event_id = ? and o.contact_id = ? and o.status = 'confirmed' and k.status = 'valid'
      order by o.created_at, k.created_at, k.reference`,
    [eventId, contactId],
  );
  return rows.map((r) => ({
    ticketId: r.id,
    reference: r.reference,
    tier: r.tier,
    checkedInAt: r.checked_in_at ? new Date(r.checked_in_at) : null,
  }));
}

/** Where badges are picked up: the event's own FAQ answer about badges when it has one. */
export async function badgePickupInfo(em: EntityManager, eventId: string): Promise<string | null> {
  const [faq] = await em.execute<{ answer: string }[]>(
    `select answer from faq_library where event_id = ? and question ilike '%badge%' order by code limit 1`,
    [eventId],
  );
  return faq?.answer ?? null;
}
