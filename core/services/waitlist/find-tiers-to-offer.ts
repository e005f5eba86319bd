import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

/**
 * Tiers with free seats and a waiting party that fits them (whose contact accepts offers): what the sweep
 * hands to offer-freed-seats, so seats freed without a job (a lost job, a capacity raise by re-import) are
 * still offered.
 */
export async function findTiersToOffer(em: EntityManager, now: Date): Promise<string[]> {
  const free = sql<number>`t.capacity - t.sold - t.held`;
  const rows = await kysely(em)
    .selectFrom('TicketTier as t')
    .innerJoin('Event as e', 'e.id', 't.event')
    .select('t.id')
    .where('e.salesOpen', '=', true)
    .where('e.endsAt', '>', now)
    .where(free, '>', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('WaitlistEntry as w')
          .innerJoin('Contact as c', 'c.id', 'w.contact')
          .select('w.id')
          .whereRef('w.tier', '=', 't.id')
          .where('w.status', '=', 'waiting')
          .where('c.optedOut', '=', false)
          .where('w.partySize', '<=', free),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}
