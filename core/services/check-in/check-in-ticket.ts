import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CheckInLog } from '../../../db/entities/check-in-log.entity.js';
import { kysely } from '../../../db/kysely.js';

export type CheckInResult =
  | { ok: true; reference: string; holder: string; tier: string }
  | { ok: false; reason: 'already'; reference: string; checkedInAt: Date }
  | { ok: false; reason: 'not-valid' };

/** How the ticket was checked in, for check_in_logs. */
export type CheckInMethod =
  | { method: Exclude<CheckInLog['method'], 'selfie'>; location?: string }
  /** A selfie verified against the holder's enrolment: the distance and 1 − distance. */
  | { method: 'selfie'; distance: number; confidence: number; location?: string };

/**
 * Checks a valid ticket of the event in, once, and logs how: a guarded update (only a valid ticket of a
 * confirmed order, not yet checked in) and the log insert in one transaction, so a double click or two racing
 * selfies change nothing the second time (the loser's update waits for the winner, then matches no row) and a
 * check-in never exists without its log row (the log is unique per ticket too).
 */
export async function checkInTicket(
  em: EntityManager,
  eventId: string,
  ticketId: string,
  by: string,
  how: CheckInMethod = { method: 'manual' },
): Promise<CheckInResult> {
  return em.transactional(async (tx) => {
    const done = await markCheckedIn(tx, eventId, ticketId, by);
    if (done) {
      const selfie = how.method === 'selfie' ? how : null;
      await kysely(tx)
        .insertInto('CheckInLog')
        .values({
          id: randomUUID(),
          event: eventId,
          ticket: done.id,
          attendee: done.attendeeId,
          method: how.method,
          confidenceScore: selfie?.confidence ?? null,
          distance: selfie?.distance ?? null,
          location: how.location ?? null,
          checkedInBy: by,
          createdAt: new Date(),
        })
        .executeTakeFirst();
      return { ok: true, reference: done.reference, holder: done.holder ?? '', tier: done.tier };
    }
    const ticket = await kysely(tx)
      .selectFrom('Ticket as k')
      .innerJoin('Order as o', 'o.id', 'k.order')
      .select(['k.reference', 'k.checkedInAt'])
      .where('k.id', '=', ticketId)
      .where('o.event', '=', eventId)
      .where('k.status', '=', 'valid')
      .executeTakeFirst();
    if (ticket?.checkedInAt) {
      return { ok: false, reason: 'already', reference: ticket.reference, checkedInAt: ticket.checkedInAt };
    }
    return { ok: false, reason: 'not-valid' };
  });
}

/** The guarded update: sets the check-in on a valid ticket of a confirmed order of the event, if not yet set. */
function markCheckedIn(tx: EntityManager, eventId: string, ticketId: string, by: string) {
  // Unaliased: the entity naming only reaches an UPDATE's own table when it has no alias.
  return kysely(tx)
    .updateTable('Ticket')
    .from('Order as o')
    .innerJoin('TicketTier as t', 't.id', 'o.tier')
    .innerJoin('Contact as c', 'c.id', 'o.contact')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'c.id').onRef('a.event', '=', 'o.event'),
    )
    .set({ checkedInAt: new Date(), checkedInBy: by })
    .whereRef('o.id', '=', 'Ticket.order')
    .where('Ticket.id', '=', ticketId)
    .where('o.event', '=', eventId)
    .where('Ticket.status', '=', 'valid')
    .where('o.status', '=', 'confirmed')
    .where('Ticket.checkedInAt', 'is', null)
    .returning((eb) => [
      'Ticket.id',
      'Ticket.reference',
      'a.id as attendeeId',
      eb.fn.coalesce('a.name', 'c.displayName', 'c.phone').as('holder'),
      't.name as tier',
    ])
    .executeTakeFirst();
}
