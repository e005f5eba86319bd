import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_TICKETS_PER_PERSON } from './booking-rules.js';
import { newTicketReference } from './ticket-reference.js';

export interface BookingWrite {
  orderId: string;
  eventId: string;
  tierId: string;
  contactId: string;
  quantity: number;
  unitPriceCents: number;
  currency: string;
  status: 'reserved' | 'confirmed';
  idempotencyKey: string;
  reservedUntil: Date | null;
  /** Seat moves on the tier row: a sale adds to sold (free) or held (reserved for payment). */
  soldDelta: number;
  heldDelta: number;
  /** The tier must hold at least this many seats (a waitlist offer's) for the move to be valid. */
  minHeld: number;
  referencePrefix: string;
  now: Date;
}

export type WriteOutcome =
  | { kind: 'written'; tickets: string[]; orderReference: string }
  | { kind: 'duplicate'; orderId: string }
  | { kind: 'rejected'; reason: 'sold_out' | 'per_person_cap'; available: number; alreadyHeld: number };

interface Row {
  reason: 'ok' | 'duplicate' | 'sold_out' | 'per_person_cap';
  order_id: string | null;
  refs: string[] | null;
  duplicate_of: string | null;
  already_held: number;
  available: number;
}

/**
 * The booking in ONE statement: a guarded update of the tier's counters (no row changes unless the seats are
 * there, the person stays within the cap and this purchase was not made before), the order and its tickets
 * inserted only if it did, and the attempt recorded either way. Postgres re-checks the guard on the latest
 * row version after waiting for a concurrent booking of the same tier, so capacity cannot be exceeded.
 */
const BOOKING_SQL = `
with mine as (
  select count(*)::int as n from tickets tk join orders o on o.id = tk.order_id
   where o.contact_id = ? and o.event_id = ? and o.status in ('reserved', 'confirmed') and tk.status = 'valid'
), dup as (
  select id from orders where idempotency_key = ?
), upd as (
  update ticket_tiers set sold = sold + ?, held = held + ?, version = version + 1
   where id = ? and held >= ? and sold + held + ? <= capacity
     and not exists (select 1 from dup) and (select n from mine) + ? <= ?
  returning id
), ord as (
  insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
                      currency, status, idempotency_key, reserved_until, created_at, confirmed_at, version)
  select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1 from upd
  on conflict (reference) do nothing
  returning id
), tk as (
  insert into tickets (id, order_id, reference, status, created_at)
  select gen_random_uuid(), ord.id, r, 'valid', ? from ord cross join unnest(string_to_array(?, ',')) as r
  on conflict (reference) do nothing
  returning reference
), att as (
  insert into booking_attempts (id, event_id, tier_id, contact_id, quantity, outcome, reason, order_id, created_at)
  select gen_random_uuid(), ?, ?, ?, ?,
         case when exists (select 1 from upd) then ? else 'rejected' end,
         case when exists (select 1 from upd) then 'ok'
              when exists (select 1 from dup) then 'duplicate'
              when (select n from mine) + ? > ? then 'per_person_cap'
              else 'sold_out' end,
         coalesce((select id from ord), (select id from dup)), ?
  returning reason
)
select (select reason from att) as reason, (select id from ord) as order_id,
       (select array_agg(reference) from tk) as refs, (select id from dup) as duplicate_of,
       (select n from mine) as already_held,
       (select greatest(capacity - sold - held, 0) from ticket_tiers where id = ?) as available`;

/** The orders row's values, in the column order both order inserts use. */
function orderValues(w: BookingWrite, reference: string): unknown[] {
  const confirmedAt = w.status === 'confirmed' ? w.now : null;
  return [
    w.orderId,
    w.eventId,
    w.tierId,
    w.contactId,
    reference,
    w.quantity,
    w.unitPriceCents,
    w.unitPriceCents * w.quantity,
    w.currency,
    w.status,
    w.idempotencyKey,
    w.reservedUntil,
    w.now,
    confirmedAt,
  ];
}

export async function writeBooking(em: EntityManager, w: BookingWrite): Promise<WriteOutcome> {
  const orderReference = newTicketReference(w.referencePrefix);
  const refs = Array.from({ length: w.quantity }, () => newTicketReference(w.referencePrefix));
  const seatDelta = w.soldDelta + w.heldDelta;
  const outcome = w.status === 'confirmed' ? 'booked' : 'reserved';
  const [row] = await em.execute<Row[]>(BOOKING_SQL, [
    // mine, dup
    w.contactId,
    w.eventId,
    w.idempotencyKey,
    // upd
    w.soldDelta,
    w.heldDelta,
    w.tierId,
    w.minHeld,
    seatDelta,
    w.quantity,
    MAX_TICKETS_PER_PERSON,
    // ord
    ...orderValues(w, orderReference),
    // tk
    w.now,
    refs.join(','),
    // att
    w.eventId,
    w.tierId,
    w.contactId,
    w.quantity,
    outcome,
    w.quantity,
    MAX_TICKETS_PER_PERSON,
    w.now,
    // available
    w.tierId,
  ]);
  if (!row) throw new Error('booking statement returned no row');
  if (row.reason === 'duplicate' && row.duplicate_of) return { kind: 'duplicate', orderId: row.duplicate_of };
  if (row.reason === 'sold_out' || row.reason === 'per_person_cap' || row.reason === 'duplicate') {
    return {
      kind: 'rejected',
      reason: row.reason === 'per_person_cap' ? 'per_person_cap' : 'sold_out',
      available: row.available,
      alreadyHeld: row.already_held,
    };
  }
  // The seats are ours. A random reference that collided left the order or some tickets out: add them now.
  if (!row.order_id) {
    return { kind: 'written', ...(await insertOrderAgain(em, w)) };
  }
  // Same order as loadOrder lists them (creation time, then reference).
  const tickets = (row.refs ?? []).sort();
  if (tickets.length < w.quantity) {
    tickets.push(...(await insertTickets(em, w.orderId, w.quantity - tickets.length, w)));
  }
  return { kind: 'written', tickets, orderReference };
}

/** Rare path (a 40-bit reference collided): the order insert is retried with fresh references. */
async function insertOrderAgain(
  em: EntityManager,
  w: BookingWrite,
): Promise<{ tickets: string[]; orderReference: string }> {
  for (;;) {
    const orderReference = newTicketReference(w.referencePrefix);
    const inserted = await em.execute<{ id: string }[]>(
      `insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
                           currency, status, idempotency_key, reserved_until, created_at, confirmed_at, version)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
       on conflict (reference) do nothing returning id`,
      orderValues(w, orderReference),
    );
    if (inserted.length === 0) continue;
    await em.execute(
      `update booking_attempts set order_id = ? where id = (
         select id from booking_attempts where contact_id = ? and tier_id = ? and order_id is null and reason = 'ok'
          order by created_at desc limit 1)`,
      [w.orderId, w.contactId, w.tierId],
    );
    return { orderReference, tickets: await insertTickets(em, w.orderId, w.quantity, w) };
  }
}

async function insertTickets(
  em: EntityManager,
  orderId: string,
  count: number,
  w: Pick<BookingWrite, 'referencePrefix' | 'now'>,
): Promise<string[]> {
  const added: string[] = [];
  while (added.length < count) {
    const refs = Array.from({ length: count - added.length }, () => newTicketReference(w.referencePrefix));
    const rows = await em.execute<{ reference: string }[]>(
      `insert into tickets (id, order_id, reference, status, created_at)
       select gen_random_uuid(), ?, r, 'valid', ? from unnest(string_to_array(?, ',')) as r
       on conflict (reference) do nothing returning reference`,
      [orderId, w.now, refs.join(',')],
    );
    added.push(...rows.map((r) => r.reference));
  }
  return added;
}
