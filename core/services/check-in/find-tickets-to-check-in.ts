import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizePhone } from '../../normalize-phone.js';

export interface CheckInCandidate {
  ticketId: string;
  reference: string;
  tier: string;
  holder: string;
  checkedInAt: Date | null;
}

/**
 * Valid tickets of the event matching what staff typed: a ticket reference exactly, else the holder's phone
 * or name. At most ten, so the answer stays short.
 */
export async function findTicketsToCheckIn(
  em: EntityManager,
  eventId: string,
  query: string,
): Promise<CheckInCandidate[]> {
  const phone = /\d{6,}/.test(query) ? normalizePhone(query) : null;
  const rows = await em.execute<
    { id: string; reference: string; tier: string; holder: string; checked_in_at: Date | null }[]
  >(
    `select k.id, k.reference, t.name as tier, coalesce(a.name, c.display_name, c.phone) as holder, k.checked_in_at
       from tickets k join orders o on o.id = k.order_id join ticket_tiers t on t.id = o.tier_id
       join contacts c on c.id = o.contact_id
       left join attendees a on a.contact_id = c.id and a.event_id = o.event_id
      where o.event_id = ? and k.status = 'valid' and o.status = 'confirmed'
        and (upper(k.reference) = upper(?) or c.phone = ? or coalesce(a.name, c.display_name, '') ilike ?)
      order by (upper(k.reference) = upper(?)) desc, holder, k.reference limit 10`,
    [eventId, query.trim(), phone, `%${query.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`, query.trim()],
  );
  return rows.map((r) => ({
    ticketId: r.id,
    reference: r.reference,
    tier: r.tier,
    holder: r.holder,
    checkedInAt: r.checked_in_at ? new Date(r.checked_in_at) : null,
  }));
}
