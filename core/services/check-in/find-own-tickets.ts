import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

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
  const rows = await kysely(em)
    .selectFrom('Ticket as k')
    .innerJoin('Order as o', 'o.id', 'k.order')
    .innerJoin('TicketTier as t', 't.id', 'o.tier')
    .select(['k.id as ticketId', 'k.reference', 't.name as tier', 'k.checkedInAt'])
    .where('o.event', '=', eventId)
    .where('o.contact', '=', contactId)
    .where('o.status', '=', 'confirmed')
    .where('k.status', '=', 'valid')
    .orderBy('o.createdAt')
    .orderBy('k.createdAt')
    .orderBy('k.reference')
    .execute();
  return rows.map((r) => ({ ...r, checkedInAt: r.checkedInAt ?? null }));
}

/** Where badges are picked up: the event's own FAQ answer about badges when it has one. */
export async function badgePickupInfo(em: EntityManager, eventId: string): Promise<string | null> {
  const faq = await kysely(em)
    .selectFrom('Faq')
    .select('answer')
    .where('event', '=', eventId)
    .where('question', 'ilike', '%badge%')
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
  return faq?.answer ?? null;
}
