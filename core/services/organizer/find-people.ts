import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizePhone } from '../../normalize-phone.js';

export interface PersonFound {
  contactId: string;
  name: string;
  phone: string | null;
  optedOut: boolean;
  tickets: { reference: string; tier: string; status: string }[];
  waitlists: { tier: string; partySize: number; status: string }[];
  openHandoff: boolean;
}

/** Up to five people of the event by phone (exact, normalised) or name (contains, any case). */
export async function findPeople(em: EntityManager, eventId: string, query: string): Promise<PersonFound[]> {
  const phone = /\d{6,}/.test(query) ? normalizePhone(query) : null;
  const people = await em.execute<{ id: string; name: string; phone: string | null; opted_out: boolean }[]>(
    `select c.id, coalesce(a.name, c.display_name, c.phone) as name, c.phone, c.opted_out
       from contacts c left join attendees a on a.contact_id = c.id and a.event_id = ?
      where (a.id is not null or exists (select 1 from conversations v where v.contact_id = c.id and v.event_id = ?))
        and (c.phone = ? or coalesce(a.name, c.display_name, '') ilike ?)
      order by name limit 5`,
    [eventId, eventId, phone, `%${query.replace(/[\\%_]/g, (m) => `\\${m}`)}%`],
  );
  const found: PersonFound[] = [];
  for (const p of people) {
    const tickets = await em.execute<{ reference: string; tier: string; status: string }[]>(
      `select k.reference, t.code as tier, k.status from tickets k join orders o on o.id = k.order_id
         join ticket_tiers t on t.id = o.tier_id where o.contact_id = ? and o.event_id = ? order by k.created_at`,
      [p.id, eventId],
    );
    const waitlists = await em.execute<{ tier: string; party_size: number; status: string }[]>(
      `select t.code as tier, w.party_size, w.status from waitlists w join ticket_tiers t on t.id = w.tier_id
        where w.contact_id = ? and w.event_id = ? and w.status in ('waiting', 'offered')`,
      [p.id, eventId],
    );
    const [handoff] = await em.execute<{ id: string }[]>(
      `select h.id from handoffs h join conversations c on c.id = h.conversation_id
        where c.contact_id = ? and c.event_id = ? and h.status = 'open'`,
      [p.id, eventId],
    );
    found.push({
      contactId: p.id,
      name: p.name,
      phone: p.phone,
      optedOut: p.opted_out,
      tickets,
      waitlists: waitlists.map((w) => ({ tier: w.tier, partySize: w.party_size, status: w.status })),
      openHandoff: Boolean(handoff),
    });
  }
  return found;
}
