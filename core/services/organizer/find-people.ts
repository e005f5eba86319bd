import type { EntityManager } from '@mikro-orm/postgresql';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Ticket } from '../../../db/entities/ticket.entity.js';
import type { WaitlistEntry } from '../../../db/entities/waitlist-entry.entity.js';
import { kysely } from '../../../db/kysely.js';
import { normalizePhone } from '../../normalize-phone.js';

export interface PersonFound {
  contactId: string;
  name: string;
  phone: string | null;
  optedOut: boolean;
  tickets: { reference: string; tier: string; status: Ticket['status'] }[];
  waitlists: { tier: string; partySize: number; status: WaitlistEntry['status'] }[];
  openHandoff: boolean;
}

/** Up to five people of the event by phone (exact, normalised) or name (contains, any case). */
export async function findPeople(em: EntityManager, eventId: string, query: string): Promise<PersonFound[]> {
  const phone = /\d{6,}/.test(query) ? normalizePhone(query) : null;
  const pattern = `%${query.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const rows = await kysely(em)
    .selectFrom('Contact as c')
    .leftJoin('Attendee as a', (join) => join.onRef('a.contact', '=', 'c.id').on('a.event', '=', eventId))
    .select((eb) => [
      'c.id as contactId',
      eb.fn.coalesce('a.name', 'c.displayName', 'c.phone').as('name'),
      'c.phone',
      'c.optedOut',
      jsonArrayFrom(
        eb
          .selectFrom('Ticket as k')
          .innerJoin('Order as o', 'o.id', 'k.order')
          .innerJoin('TicketTier as t', 't.id', 'o.tier')
          .select(['k.reference as reference', 't.code as tier', 'k.status as status'])
          .whereRef('o.contact', '=', 'c.id')
          .where('o.event', '=', eventId)
          .orderBy('k.createdAt'),
      ).as('tickets'),
      jsonArrayFrom(
        eb
          .selectFrom('WaitlistEntry as w')
          .innerJoin('TicketTier as t', 't.id', 'w.tier')
          .select(['t.code as tier', 'w.partySize as partySize', 'w.status as status'])
          .whereRef('w.contact', '=', 'c.id')
          .where('w.eventId', '=', eventId)
          .where('w.status', 'in', ['waiting', 'offered']),
      ).as('waitlists'),
      eb
        .exists(
          eb
            .selectFrom('Handoff as h')
            .innerJoin('Conversation as v', 'v.id', 'h.conversation')
            .select('h.id')
            .whereRef('v.contact', '=', 'c.id')
            .where('v.event', '=', eventId)
            .where('h.status', '=', 'open'),
        )
        .as('openHandoff'),
    ])
    .where((eb) =>
      eb.or([
        eb('a.id', 'is not', null),
        eb.exists(
          eb
            .selectFrom('Conversation as v')
            .select('v.id')
            .whereRef('v.contact', '=', 'c.id')
            .where('v.event', '=', eventId),
        ),
      ]),
    )
    .where((eb) => {
      const named = eb(eb.fn.coalesce('a.name', 'c.displayName', eb.val('')), 'ilike', pattern);
      return phone ? eb.or([eb('c.phone', '=', phone), named]) : named;
    })
    .orderBy('name')
    .limit(5)
    .execute();
  return rows.map((p) => ({
    contactId: p.contactId,
    name: p.name ?? '',
    phone: p.phone ?? null,
    optedOut: p.optedOut,
    tickets: p.tickets,
    waitlists: p.waitlists,
    openHandoff: Boolean(p.openHandoff),
  }));
}
