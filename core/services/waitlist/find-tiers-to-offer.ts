import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Tiers with free seats and a waiting party that fits them (whose contact accepts offers): what the sweep
 * hands to offer-freed-seats, so seats freed without a job (a lost job, a capacity raise by re-import) are
 * still offered.
 */
export async function findTiersToOffer(em: EntityManager, now: Date): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select t.id from ticket_tiers t join events e on e.id = t.event_id
      where e.sales_open and e.ends_at > ? and t.capacity - t.sold - t.held > 0
        and exists (select 1 from waitlists w join contacts c on c.id = w.contact_id
                     where w.tier_id = t.id and w.status = 'waiting' and not c.opted_out
                       and w.party_size <= t.capacity - t.sold - t.held)`,
    [now],
  );
  return rows.map((r) => r.id);
}
