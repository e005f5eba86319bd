import { randomBytes } from 'node:crypto';
import type { Deps } from '../../bots/compose.js';

/**
 * A confirmed order of `count` valid tickets of `tier` for a new contact `phone` (straight into the database,
 * for tests about what happens after booking). Returns the ticket references.
 */
export async function ticketHolder(
  app: { deps: Deps },
  opts: { eventId: string; phone: string; count?: number; tier?: string; name?: string },
): Promise<string[]> {
  const sql = <T>(query: string, params: unknown[]) => app.deps.db.em.fork().execute<T[]>(query, params);
  const [contact] = await sql<{ id: string }>(
    `insert into contacts (id, phone, display_name, opted_out, created_at, last_inbound_at)
     values (gen_random_uuid(), ?, ?, false, now(), now()) returning id`,
    [opts.phone, opts.name ?? 'Test Person'],
  );
  const count = opts.count ?? 1;
  const [order] = await sql<{ id: string }>(
    `insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
       currency, status, created_at, confirmed_at)
     select gen_random_uuid(), ?, t.id, ?, ?, ?, 0, 0, 'EUR', 'confirmed', now(), now()
       from ticket_tiers t where t.event_id = ? and t.code = ? returning id`,
    [opts.eventId, contact!.id, `TEST-${opts.phone}`, count, opts.eventId, opts.tier ?? 'vip'],
  );
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    const ref = `DS26-${randomBytes(2).toString('hex').toUpperCase()}-${randomBytes(2).toString('hex').toUpperCase()}`;
    await sql(
      `insert into tickets (id, order_id, reference, status, created_at) values (gen_random_uuid(), ?, ?, 'valid', now())`,
      [order!.id, ref],
    );
    refs.push(ref);
  }
  return refs;
}
