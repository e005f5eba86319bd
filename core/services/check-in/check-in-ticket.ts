import type { EntityManager } from '@mikro-orm/postgresql';

export type CheckInResult =
  | { ok: true; reference: string; holder: string; tier: string }
  | { ok: false; reason: 'already'; reference: string; checkedInAt: Date }
  | { ok: false; reason: 'not-valid' };

/** Checks a valid ticket of the event in, once (a guarded update: a double click changes nothing). */
export async function checkInTicket(
  em: EntityManager,
  eventId: string,
  ticketId: string,
  by: string,
): Promise<CheckInResult> {
  const [done] = await em.execute<{ reference: string; holder: string; tier: string }[]>(
    `update tickets k set checked_in_at = now(), checked_in_by = ?
       from orders o join ticket_tiers t on t.id = o.tier_id join contacts c on c.id = o.contact_id
       left join attendees a on a.contact_id = c.id and a.event_id = o.event_id
      where k.id = ? and o.id = k.order_id and o.event_id = ? and k.status = 'valid' and o.status = 'confirmed'
        and k.checked_in_at is null
      returning k.reference, coalesce(a.name, c.display_name, c.phone) as holder, t.name as tier`,
    [by, ticketId, eventId],
  );
  if (done) return { ok: true, ...done };
  const [ticket] = await em.execute<{ reference: string; checked_in_at: Date | null }[]>(
    `select k.reference, k.checked_in_at from tickets k join orders o on o.id = k.order_id
      where k.id = ? and o.event_id = ? and k.status = 'valid'`,
    [ticketId, eventId],
  );
  if (ticket?.checked_in_at) {
    return {
      ok: false,
      reason: 'already',
      reference: ticket.reference,
      checkedInAt: new Date(ticket.checked_in_at),
    };
  }
  return { ok: false, reason: 'not-valid' };
}
