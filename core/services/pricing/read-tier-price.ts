import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** A tier's current price and its event's currency. */
export async function readTierPrice(
  em: EntityManager,
  tierId: string,
): Promise<{ priceCents: number; currency: string }> {
  return kysely(em)
    .selectFrom('TicketTier as t')
    .innerJoin('Event as e', 'e.id', 't.event')
    .select(['t.priceCents', 'e.currency'])
    .where('t.id', '=', tierId)
    .executeTakeFirstOrThrow();
}
