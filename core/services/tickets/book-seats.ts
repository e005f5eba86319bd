import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Order } from '../../../db/entities/order.entity.js';
import { MAX_TICKETS_PER_PERSON, type RejectionReason } from './booking-rules.js';
import { GroupCommit, type Settled } from './group-commit.js';
import { seatPool } from './seat-connection.js';
import { eventReferencePrefix, newTicketReference } from './ticket-reference.js';

export interface BookSeatsInput {
  eventId: string;
  tierCode: string;
  contactId: string;
  /** A whole number from 1 to 2^31 - 1 (the caller refuses anything else the slow way, recorded). */
  quantity: number;
  idempotencyKey: string;
  expectedUnitPriceCents: number | null;
  holdMinutes: number;
  now: Date;
}

/** What book_seats decided, with the facts it decided on (read after the person's lock). */
export interface BookSeatsRow {
  reason: 'ok' | 'duplicate' | RejectionReason;
  orderId: string | null;
  orderStatus: Extract<Order['status'], 'reserved' | 'confirmed'> | null;
  reservedUntil: Date | null;
  orderReference: string;
  ticketReferences: string[];
  eventName: string;
  startsAt: Date;
  endsAt: Date;
  salesOpen: boolean;
  currency: string;
  tier: { id: string; name: string; priceCents: number; maxPerOrder: number } | null;
  available: number;
  alreadyHeld: number;
}

/** The event's and the tier's facts a call decided on: the same for every item of a batch. */
interface FactsRow {
  event_name: string;
  starts_at: Date | string;
  ends_at: Date | string;
  sales_open: boolean;
  currency: string;
  tier_id: string | null;
  tier_name: string | null;
  price_cents: number | null;
  max_per_order: number | null;
}

/** A function's row: the item's outcome, and the facts on the first row (book_seats_batch) or the only one. */
interface FunctionRow extends FactsRow {
  reason: BookSeatsRow['reason'] | 'busy';
  order_id: string | null;
  order_status: BookSeatsRow['orderStatus'];
  reserved_until: Date | string | null;
  available: number | null;
  already_held: number;
}

type Facts = Pick<BookSeatsRow, 'eventName' | 'startsAt' | 'endsAt' | 'salesOpen' | 'currency' | 'tier'>;

/**
 * The event's ticket-reference prefix ("DS26"), cached per process for a minute: the references are made here,
 * before the one round trip that stores them, so the prefix cannot come from that round trip. After an event
 * is renamed, bookings may carry the old prefix for up to a minute — still unique, still valid at the door.
 */
const prefixes = new Map<string, { prefix: string; until: number }>();
const PREFIX_TTL_MS = 60_000;

async function referencePrefix(pool: pg.Pool, eventId: string, now: number): Promise<string> {
  const cached = prefixes.get(eventId);
  if (cached && cached.until > now) return cached.prefix;
  const { rows } = await pool.query<{ name: string; startsAt: Date | string }>(
    'select name, starts_at as "startsAt" from events where id = $1',
    [eventId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Unknown event ${eventId}`);
  const prefix = eventReferencePrefix(row.name, new Date(row.startsAt));
  prefixes.set(eventId, { prefix, until: now + PREFIX_TTL_MS });
  return prefix;
}

/** The lone call, prepared once per seat connection (`name`): it waits for the person's lock. */
const BOOK_SEATS =
  'select * from book_seats($1, $2, $3::uuid, $4, $5, $6::int, $7, $8, $9, $10::uuid, $11, $12::text[])';

/** The batch call (one row per item, `idx` 1-based), prepared the same way. */
const BOOK_SEATS_BATCH = `select * from book_seats_batch($1, $2, $3, $4::uuid[], $5::int[], $6::text[], $7::int[],
  $8::int[], $9::timestamptz[], $10::uuid[], $11::text[], $12::text[], $13::int[])`;

/** Tries of a random reference that collided (40 random bits each: never reached in practice). */
const MAX_TRIES = 5;

/**
 * Items per batch. Bounded so one call stays short (the tier row is locked from the batch's facts to its
 * commit) and the arrays stay small; 64 is far above what queues behind one call at the pools' sizes.
 */
const MAX_BATCH = 64;

/**
 * A sale from a tier's capacity, committed on its own, in ONE round trip shared with the other bookings of the
 * same tier that queued while the previous call was in flight (group-commit.ts): `book_seats_batch` (a
 * PL/pgSQL function, db/migrations/Migration20261206000000_book_seats_batch.ts) tries each person's booking
 * lock, locks the tier row, reads the facts, applies the booking rules item by item and writes the seats,
 * orders, tickets and attempt rows with one statement each — or only the attempt row, with the reason, for an
 * item it refuses. An item whose person is busy elsewhere is booked alone by `book_seats`, which waits for
 * that person, so a busy person never holds up a batch.
 *
 * Why a function: the tier row is the hot row every buyer of a tier queues on, so its lock must be held for
 * microseconds, not for round trips; and the per-person lock must come before the counts it protects, which
 * inside one plain statement it cannot (the statement's snapshot is older than any lock it takes). Why a batch:
 * one call per booking left the round trip, the commit and the function call as the whole cost, per booking;
 * a batch pays them once for every booking that queued behind the hot row anyway (docs/scaling.md).
 */
export async function bookSeats(em: EntityManager, input: BookSeatsInput): Promise<BookSeatsRow> {
  const pool = seatPool(em);
  const batched = await batcherFor(pool).submit(laneOf(input), input);
  return batched ?? bookSeatsAlone(pool, input);
}

/** Bookings of one event's tier share a lane (one batch in flight). */
const laneOf = (item: BookSeatsInput) => `${item.eventId}\u0000${item.tierCode}`;

const batchers = new WeakMap<pg.Pool, GroupCommit<BookSeatsInput, BookSeatsRow | null>>();

function batcherFor(pool: pg.Pool): GroupCommit<BookSeatsInput, BookSeatsRow | null> {
  let batcher = batchers.get(pool);
  if (!batcher) {
    // The lanes (event and tier) whose last batch left no seat: a hint for the next batch, never a decision.
    const soldOut = new Set<string>();
    batcher = new GroupCommit((items) => sendLaneBatch(pool, items, soldOut), MAX_BATCH);
    batchers.set(pool, batcher);
  }
  return batcher;
}

/**
 * One batch of a lane. After the lane sold out, most people are too late, and each of their batches paid the whole
 * booking call for refusals only: on a hint that the last batch left no seat, the batch first goes through
 * REFUSE_LATE, one plain statement that refuses and records what cannot be booked now, and only the rest (a
 * duplicate, another rule's refusal, or everyone once seats are back) go through `book_seats_batch`.
 */
async function sendLaneBatch(
  pool: pg.Pool,
  items: BookSeatsInput[],
  soldOut: Set<string>,
): Promise<Settled<BookSeatsRow | null>[]> {
  const lane = laneOf(items[0]!);
  const refused = soldOut.has(lane) ? await refuseLate(pool, items) : null;
  if (!refused?.soldOut) soldOut.delete(lane);
  const rest = items.filter((_, i) => !refused?.rows.has(i + 1));
  const booked = rest.length > 0 ? await sendBatch(pool, rest) : [];
  // The seats left after the batch are on its last answered item (each row carries the count after it).
  const last = booked.findLast((outcome) => outcome.ok && outcome.value !== null);
  if (last?.ok && last.value?.tier && last.value.available === 0) soldOut.add(lane);
  else if (last) soldOut.delete(lane);
  let next = 0;
  return items.map((_, i) => {
    const row = refused?.rows.get(i + 1);
    return row ? { ok: true, value: row } : booked[next++]!;
  });
}

/**
 * Refuses, and records as refused, every item that no seat could serve now: no order under its key yet, and
 * every rule before the seats passes (book_seats_batch's order of rules), but it asks for more seats than the
 * tier has left. One plain statement on the committed counts, without the person locks or the tier row's lock
 * (it writes neither seats nor orders, so the answer is simply the answer as of that read, as any refusal is).
 * Returns one row, the facts and the refused items' 1-based indexes; none for an unknown event or tier
 * (book_seats_batch answers those).
 */
const REFUSE_LATE = `
with facts as (
  select e.name::text as event_name, e.starts_at, e.ends_at, e.sales_open, e.currency::text as currency,
         t.id as tier_id, t.name::text as tier_name, t.price_cents, t.max_per_order,
         greatest(t.capacity - t.sold - t.held, 0) as available
    from events e join ticket_tiers t on t.event_id = e.id and t.code = $2
   where e.id = $1),
late as (
  select x.idx::int as idx, x.contact_id, x.quantity, x.now
    from facts f,
         unnest($3::uuid[], $4::int[], $5::text[], $6::timestamptz[])
           with ordinality as x(contact_id, quantity, idempotency_key, now, idx)
   where x.quantity > f.available and x.quantity between 1 and f.max_per_order
     and x.now < f.ends_at and f.sales_open
     and not exists (select from orders o where o.idempotency_key = x.idempotency_key)),
logged as (
  insert into booking_attempts (id, event_id, tier_id, contact_id, quantity, outcome, reason, order_id, created_at)
  select gen_random_uuid(), $1, f.tier_id, l.contact_id, l.quantity, 'rejected', 'sold_out', null, l.now
    from late l, facts f)
select f.*, (select coalesce(array_agg(l.idx), '{}') from late l) as refused from facts f`;

async function refuseLate(
  pool: pg.Pool,
  items: BookSeatsInput[],
): Promise<{ rows: Map<number, BookSeatsRow>; soldOut: boolean } | null> {
  const first = items[0]!;
  const { rows } = await pool.query<FactsRow & { available: number; refused: number[] }>({
    name: 'refuse_late',
    text: REFUSE_LATE,
    values: [
      first.eventId,
      first.tierCode,
      items.map((item) => item.contactId),
      items.map((item) => item.quantity),
      items.map((item) => item.idempotencyKey),
      items.map((item) => item.now.toISOString()),
    ],
  });
  const row = rows[0];
  if (!row) return null;
  const facts = factsOf(row);
  const late = { reason: 'sold_out', order_id: null, order_status: null, reserved_until: null } as const;
  const refused = new Map<number, BookSeatsRow>();
  for (const idx of row.refused)
    refused.set(idx, toResult({ ...late, available: row.available, already_held: 0 }, facts, '', []));
  return { rows: refused, soldOut: row.available === 0 };
}

/** Fresh random references for one item (its order's, then one per seat). */
function referencesFor(prefix: string, quantity: number) {
  return {
    orderId: randomUUID(),
    orderReference: newTicketReference(prefix),
    ticketReferences: Array.from({ length: quantity }, () => newTicketReference(prefix)),
  };
}

/**
 * One batch of the same tier; null for an item whose person was busy. A colliding random reference undoes the
 * whole batch, which is then sent again with fresh references. Any other error is each item's own: the items
 * are then sent one by one, so one caller's bad input never fails another's booking.
 */
async function sendBatch(pool: pg.Pool, items: BookSeatsInput[]): Promise<Settled<BookSeatsRow | null>[]> {
  const first = items[0]!;
  const prefix = await referencePrefix(pool, first.eventId, Date.now());
  for (let attempt = 1; ; attempt++) {
    const refs = items.map((item) => referencesFor(prefix, item.quantity));
    try {
      const { rows } = await pool.query<FunctionRow & { idx: number }>({
        name: 'book_seats_batch',
        text: BOOK_SEATS_BATCH,
        values: [
          first.eventId,
          first.tierCode,
          MAX_TICKETS_PER_PERSON,
          items.map((item) => item.contactId),
          items.map((item) => item.quantity),
          items.map((item) => item.idempotencyKey),
          items.map((item) => item.expectedUnitPriceCents),
          items.map((item) => item.holdMinutes),
          items.map((item) => item.now.toISOString()),
          refs.map((r) => r.orderId),
          refs.map((r) => r.orderReference),
          refs.flatMap((r) => r.ticketReferences),
          refs.flatMap((r, i) => r.ticketReferences.map(() => i + 1)),
        ],
      });
      const byIndex = new Map(rows.map((row) => [row.idx, row]));
      const firstRow = byIndex.get(1);
      if (!firstRow) throw new Error('book_seats_batch returned no first row');
      const facts = factsOf(firstRow);
      return items.map((_, i) => {
        const row = byIndex.get(i + 1);
        const ref = refs[i]!;
        if (!row) return { ok: false, error: new Error('book_seats_batch returned no row for an item') };
        const { reason } = row;
        if (reason === 'busy') return { ok: true, value: null };
        return {
          ok: true,
          value: toResult({ ...row, reason }, facts, ref.orderReference, ref.ticketReferences),
        };
      });
    } catch (error) {
      if (attempt < MAX_TRIES && isRetriableConflict(error)) continue;
      if (items.length === 1) return [{ ok: false, error }];
      return Promise.all(items.map(async (item) => (await sendBatch(pool, [item]))[0]!));
    }
  }
}

/** One booking on its own call, waiting for the person's lock (`book_seats`). */
async function bookSeatsAlone(pool: pg.Pool, input: BookSeatsInput): Promise<BookSeatsRow> {
  const prefix = await referencePrefix(pool, input.eventId, Date.now());
  for (let attempt = 1; ; attempt++) {
    const { orderId, orderReference, ticketReferences } = referencesFor(prefix, input.quantity);
    try {
      const { rows } = await pool.query<FunctionRow>({
        name: 'book_seats',
        text: BOOK_SEATS,
        values: [
          input.eventId,
          input.tierCode,
          input.contactId,
          input.quantity,
          input.idempotencyKey,
          input.expectedUnitPriceCents,
          input.holdMinutes,
          MAX_TICKETS_PER_PERSON,
          input.now.toISOString(),
          orderId,
          orderReference,
          ticketReferences,
        ],
      });
      const row = rows[0];
      if (!row || row.reason === 'busy') throw new Error('book_seats returned no row');
      return toResult({ ...row, reason: row.reason }, factsOf(row), orderReference, ticketReferences);
    } catch (error) {
      // A colliding random reference, or the same purchase racing itself under another person's lock (its
      // unique key): the function undid everything; a fresh try books or finds the duplicate.
      if (attempt >= MAX_TRIES || !isRetriableConflict(error)) throw error;
    }
  }
}

function factsOf(row: FactsRow): Facts {
  const { tier_id, tier_name, price_cents, max_per_order } = row;
  return {
    eventName: row.event_name,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    salesOpen: row.sales_open,
    currency: row.currency,
    tier:
      tier_id && tier_name !== null && price_cents !== null && max_per_order !== null
        ? { id: tier_id, name: tier_name, priceCents: price_cents, maxPerOrder: max_per_order }
        : null,
  };
}

function toResult(
  row: Pick<FunctionRow, 'order_id' | 'order_status' | 'reserved_until' | 'available' | 'already_held'> & {
    reason: BookSeatsRow['reason'];
  },
  facts: Facts,
  orderReference: string,
  ticketReferences: string[],
): BookSeatsRow {
  const written = row.reason === 'ok';
  return {
    ...facts,
    reason: row.reason,
    orderId: row.order_id,
    orderStatus: row.order_status,
    reservedUntil: row.reserved_until === null ? null : new Date(row.reserved_until),
    orderReference,
    // Same order as loadOrder lists them (creation time, then reference).
    ticketReferences: written ? [...ticketReferences].sort() : [],
    available: row.available ?? 0,
    alreadyHeld: row.already_held,
  };
}

function isRetriableConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return (
    e.code === '23505' &&
    (e.constraint === 'orders_reference_unique' ||
      e.constraint === 'tickets_reference_unique' ||
      e.constraint === 'orders_idempotency_key_unique')
  );
}
