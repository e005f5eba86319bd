import type { EntityManager } from '@mikro-orm/postgresql';
import { type QueryExecutorProvider, sql } from 'kysely';
import { PERSON_LOCK_SPACE } from './write-booking.js';

export interface BookingFactsRead {
  eventName: string;
  startsAt: Date;
  endsAt: Date;
  salesOpen: boolean;
  currency: string;
  tier: { id: string; name: string; priceCents: number; maxPerOrder: number; available: number } | null;
  alreadyHeld: number;
  existingOrderId: string | null;
}

/** What the facts statement returns; the tier's columns are null when the event has no tier of that code. */
interface FactsStatementResult {
  eventName: string;
  startsAt: Date | string;
  endsAt: Date | string;
  salesOpen: boolean;
  currency: string;
  tierId: string | null;
  tierName: string | null;
  priceCents: number | null;
  maxPerOrder: number | null;
  available: number | null;
  alreadyHeld: number;
  existingOrderId: string | null;
}

/**
 * The facts statement: raw SQL for the advisory lock, and because every booking runs it (the typed query
 * builder costs several times this statement's CPU, and every other booking's commit on the hot tier row
 * waits behind that CPU). Run on em's plain Kysely: raw SQL needs no entity naming.
 */
function factsStatement(
  input: { eventId: string; tierCode: string; contactId: string; idempotencyKey: string | null },
  lock: PersonLock,
) {
  const personLock =
    lock === 'transaction'
      ? sql`cross join lateral (select pg_advisory_xact_lock(${PERSON_LOCK_SPACE}, hashtext(${input.contactId}))) as person_lock`
      : sql``;
  return sql<FactsStatementResult>`
select e.name as "eventName", e.starts_at as "startsAt", e.ends_at as "endsAt", e.sales_open as "salesOpen",
       e.currency, t.id as "tierId", t.name as "tierName", t.price_cents as "priceCents",
       t.max_per_order as "maxPerOrder", greatest(t.capacity - t.sold - t.held, 0) as available,
       (select count(*)::int from tickets tk join orders o on o.id = tk.order_id
         where o.contact_id = ${input.contactId} and o.event_id = e.id and o.status in ('reserved', 'confirmed')
           and tk.status = 'valid') as "alreadyHeld",
       (select id from orders where idempotency_key = ${input.idempotencyKey}) as "existingOrderId"
  from events e
  ${personLock}
  left join ticket_tiers t on t.event_id = e.id and t.code = ${input.tierCode}
 where e.id = ${input.eventId}`;
}

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
): Promise<BookingFactsRead> {
  // A preview (the summary before "Confirm") only reads; the booking itself takes the lock.
  return readBookingFactsOn(em.getKysely(), input, options.lock === false ? 'none' : 'transaction');
}

/** Whether the read takes the person's booking lock (until the transaction ends). */
export type PersonLock = 'none' | 'transaction';

async function readBookingFactsOn(
  db: QueryExecutorProvider,
  input: { eventId: string; tierCode: string; contactId: string; idempotencyKey: string | null },
  lock: PersonLock,
): Promise<BookingFactsRead> {
  const { rows } = await factsStatement(input, lock).execute(db);
  const row = rows[0];
  if (!row) throw new Error(`Unknown event ${input.eventId}`);
  const { tierId, tierName, priceCents, maxPerOrder } = row;
  return {
    eventName: row.eventName,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    salesOpen: row.salesOpen,
    currency: row.currency,
    tier:
      tierId && tierName !== null && priceCents !== null && maxPerOrder !== null
        ? { id: tierId, name: tierName, priceCents, maxPerOrder, available: row.available ?? 0 }
        : null,
    alreadyHeld: row.alreadyHeld,
    existingOrderId: row.existingOrderId,
  };
}
