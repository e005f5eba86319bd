import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { normalizeTicketReference } from './ticket-reference.js';

/**
 * The stored reference of a ticket that still admits someone (valid, in a confirmed order), or null: what the
 * QR route encodes. The reference may be typed loosely; it is normalised first.
 */
export async function findValidTicketReference(em: EntityManager, reference: string): Promise<string | null> {
  const ticket = await kysely(em)
    .selectFrom('Ticket as tk')
    .innerJoin('Order as o', 'o.id', 'tk.order')
    .select('tk.reference')
    .where('tk.reference', '=', normalizeTicketReference(reference))
    .where('tk.status', '=', 'valid')
    .where('o.status', '=', 'confirmed')
    .executeTakeFirst();
  return ticket?.reference ?? null;
}
