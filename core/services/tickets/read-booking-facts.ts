import type { EntityManager } from '@mikro-orm/postgresql';

export interface BookingFactsRow {
  eventName: string;
  startsAt: Date;
  endsAt: Date;
  salesOpen: boolean;
  currency: string;
  tier: { id: string; name: string; priceCents: number; maxPerOrder: number; available: number } | null;
  alreadyHeld: number;
  existingOrderId: string | null;
}

interface Row {
  event_name: string;
  starts_at: string | Date;
  ends_at: string | Date;
  sales_open: boolean;
  currency: string;
  tier_id: string | null;
  tier_name: string | null;
  price_cents: number | null;
  max_per_order: number | null;
  available: number | null;
  already_held: number;
  existing_order_id: string | null;
}

/** Key space of the per-person booking lock (the two-key form keeps it apart from other advisory locks). */
const PERSON_LOCK_SPACE = 4204;

/**
 * One round trip: takes the person's booking lock for the rest of the transaction and reads what the booking
 * rules need. The lock serialises one person's bookings, so the per-person cap and the idempotency check in
 * the write that follows (a fresh snapshot, taken after the lock) cannot race each other. The counts read
 * here may predate the lock; they only decide the friendly early refusals.
 */
export async function readBookingFacts(
  em: EntityManager,
  input: { eventId: string; tierCode: string; contactId: string; idempotencyKey: string | null },
  options: { lock?: boolean } = {},
): Promise<BookingFactsRow> {
  // A preview (the summary before "Confirm") only reads; the booking itself takes the lock.
  const lock =
    options.lock === false
      ? ''
      : `cross join lateral (select pg_advisory_xact_lock(${PERSON_LOCK_SPACE}, hashtext(?))) as person_lock`;
  const [row] = await em.execute<Row[]>(
    `select e.name as event_name, e.starts_at, e.ends_at, e.sales_open, e.currency,
            t.id as tier_id, t.name as tier_name, t.price_cents, t.max_per_order,
            greatest(t.capacity - t.sold - t.held, 0) as available,
            (select count(*)::int from tickets tk join orders o on o.id = tk.order_id
              where o.contact_id = ? and o.event_id = e.id and o.status in ('reserved', 'confirmed')
                and tk.status = 'valid') as already_held,
            (select id from orders where idempotency_key = ?) as existing_order_id
       from events e
       ${lock}
       left join ticket_tiers t on t.event_id = e.id and t.code = ?
      where e.id = ?`,
    [
      input.contactId,
      input.idempotencyKey,
      ...(lock ? [input.contactId] : []),
      input.tierCode,
      input.eventId,
    ],
  );
  if (!row) throw new Error(`Unknown event ${input.eventId}`);
  return {
    eventName: row.event_name,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    salesOpen: row.sales_open,
    currency: row.currency,
    tier:
      row.tier_id && row.tier_name !== null && row.price_cents !== null && row.max_per_order !== null
        ? {
            id: row.tier_id,
            name: row.tier_name,
            priceCents: row.price_cents,
            maxPerOrder: row.max_per_order,
            available: row.available ?? 0,
          }
        : null,
    alreadyHeld: row.already_held,
    existingOrderId: row.existing_order_id,
  };
}
