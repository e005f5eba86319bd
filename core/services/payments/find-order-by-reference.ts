import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { normalizeTicketReference } from '../tickets/ticket-reference.js';

/** An event's order by its own reference or one of its tickets' (typed loosely), or null. */
export async function findOrderByReference(
  em: EntityManager,
  eventId: string,
  typed: string,
): Promise<string | null> {
  const reference = normalizeTicketReference(typed);
  const row = await kysely(em)
    .selectFrom('Order as o')
    .leftJoin('Ticket as tk', 'tk.order', 'o.id')
    .select('o.id')
    .where('o.event', '=', eventId)
    .where((eb) => eb.or([eb('o.reference', '=', reference), eb('tk.reference', '=', reference)]))
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
