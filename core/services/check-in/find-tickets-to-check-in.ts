import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
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
  const typed = query.trim();
  const phone = /\d{6,}/.test(query) ? normalizePhone(query) : null;
  const nameLike = `%${typed.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const rows = await kysely(em)
    .selectFrom('Ticket as k')
    .innerJoin('Order as o', 'o.id', 'k.order')
    .innerJoin('TicketTier as t', 't.id', 'o.tier')
    .innerJoin('Contact as c', 'c.id', 'o.contact')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'c.id').onRef('a.event', '=', 'o.event'),
    )
    .select((eb) => [
      'k.id as ticketId',
      'k.reference',
      't.name as tier',
      eb.fn.coalesce('a.name', 'c.displayName', 'c.phone').as('holder'),
      'k.checkedInAt',
    ])
    .where('o.event', '=', eventId)
    .where('k.status', '=', 'valid')
    .where('o.status', '=', 'confirmed')
    .where((eb) => {
      const sameReference = eb(eb.fn('upper', ['k.reference']), '=', eb.fn('upper', [eb.val(typed)]));
      return eb.or([
        sameReference,
        eb('c.phone', '=', phone),
        eb(eb.fn.coalesce('a.name', 'c.displayName', eb.val('')), 'ilike', nameLike),
      ]);
    })
    .orderBy((eb) => eb(eb.fn('upper', ['k.reference']), '=', eb.fn('upper', [eb.val(typed)])), 'desc')
    .orderBy('holder')
    .orderBy('k.reference')
    .limit(10)
    .execute();
  return rows.map((r) => ({ ...r, holder: r.holder ?? '', checkedInAt: r.checkedInAt ?? null }));
}
