import type { EntityManager } from '@mikro-orm/postgresql';

export type CheckInResult =
  | { ok: true; reference: string; holder: string; tier: string }
  | { ok: false; reason: 'already'; reference: string; checkedInAt: Date }
  | { ok: false; reason: 'not-valid' };

/** How the ticket was checked in, for check_in_logs. */
export type CheckInMethod =
  | { method: 'qr' | 'manual'; location?: string }
  /** A selfie verified against the holder's enrolment: the distance and 1 − distance. */
  | { method: 'selfie'; distance: number; confidence: number; location?: string };

/**
 * Checks a valid ticket of the event in, once, and logs how: one statement (a guarded update and the log insert
 * in a CTE), so a double click or two racing selfies change nothing the second time and a check-in never
 * exists without its log row (the log is unique per ticket too).
 */
export async function checkInTicket(
  em: EntityManager,
  eventId: string,
  ticketId: string,
  by: string,
  how: CheckInMethod = { method: 'manual' },
): Promise<CheckInResult> {
  const selfie = how.method === 'selfie' ? how : null;
  const [done] = await em.execute<{ reference: string; holder: string; tier: string }[]>(
    `with done as (
       update tickets k set checked_in_at = now(), checked_in_by = ?
         from orders o join ticket_tiers t on t.id = o.tier_id join contacts c on c.id = o.contact_id
         left join attendees a on a.contact_id = c.id and a.event_id = o.event_id
        where k.id = ? and o.id = k.order_id and o.event_id = ? and k.status = 'valid' and o.status = 'confirmed'
          and k.checked_in_at is null
        returning k.id, a.id as attendee_id, k.reference, coalesce(a.name, c.display_name, c.phone) as holder,
                  t.name as tier
     ), logged as (
       insert into check_in_logs (id, event_id, ticket_id, attendee_id, method, confidence_score, distance,
                                  location, checked_in_by, created_at)
       select gen_random_uuid(), ?, id, attendee_id, ?, ?, ?, ?, ?, now() from done
     )
     select reference, holder, tier from done`,
    [
      by,
      ticketId,
      eventId,
      eventId,
      how.method,
      selfie?.confidence ?? null,
      selfie?.distance ?? null,
      how.location ?? null,
      by,
    ],
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
