import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TICKETS_PER_PERSON } from '../../../core/services/tickets/booking-rules.js';
import { type PlaceOrderInput, placeOrder } from '../../../core/services/tickets/place-order.js';
import { type Db, initDb } from '../../../db/orm.js';
import { BEFORE_EVENT, EVENT_ID, startTicketDatabase, type TicketDatabase } from './ticket-database.js';

/**
 * Group commit (core/services/tickets/group-commit.ts, book_seats_batch): bookings of one tier that queue
 * behind the call in flight share one call and one commit. Rows written by one batch share their
 * transaction id (xmin), which is how these tests see which bookings went together. `second` is another
 * process's worth of pools on the same database: its own seat pool, so its own batches.
 */
let t: TicketDatabase;
let second: Db;
beforeAll(async () => {
  t = await startTicketDatabase(10);
  second = await initDb(t.url, { poolMax: 10 });
});
afterAll(async () => {
  await second?.close(true);
  await t?.close();
});

let keys = 0;
/** Outside a transaction, as the bench does: placeOrder reaches the batcher synchronously. */
const book = (db: Db, input: Partial<PlaceOrderInput> & { contactId: string }) =>
  placeOrder(db.em.fork(), {
    eventId: EVENT_ID,
    tierCode: 'expo',
    quantity: 1,
    idempotencyKey: `batch-${++keys}-${Math.random()}`,
    seatsFrom: 'capacity',
    now: BEFORE_EVENT,
    ...input,
  });

/** The transaction (xmin) of each of a person's attempt rows, in insertion order. */
const attemptsOf = (contactId: string) =>
  t.sql<{ tx: string; outcome: string; reason: string }>(
    `select xmin::text as tx, outcome, reason from booking_attempts where contact_id = ? order by created_at, xmin::text::bigint`,
    [contactId],
  );

const validTickets = async (contactId: string) => {
  const [row] = await t.sql<{ n: number }>(
    `select count(*)::int as n from tickets tk join orders o on o.id = tk.order_id
      where o.contact_id = ? and o.status in ('reserved', 'confirmed') and tk.status = 'valid'`,
    [contactId],
  );
  return row!.n;
};

/** The tier's orders, tickets, attempts and sold seats so far, and the newest transaction id among its attempts. */
async function totals(tierId: string) {
  const [row] = await t.sql<{
    orders: number;
    tickets: number;
    attempts: number;
    sold: number;
    lastTx: string;
  }>(
    `select (select coalesce(sum(quantity), 0)::int from orders where tier_id = ?) as orders,
            (select count(*)::int from tickets tk join orders o on o.id = tk.order_id where o.tier_id = ?) as tickets,
            (select count(*)::int from booking_attempts where tier_id = ?) as attempts,
            (select sold from ticket_tiers where id = ?) as sold,
            (select coalesce(max(xmin::text::bigint), 0)::text from booking_attempts where tier_id = ?) as "lastTx"`,
    [tierId, tierId, tierId, tierId, tierId],
  );
  return row!;
}

describe('bookings batched per tier', () => {
  it("holds the per-person cap when one person's two bookings land in one batch", async () => {
    await t.setTier('expo', { capacity: 500, sold: 0, maxPerOrder: 5 });
    const [opener, person] = await t.contacts(2);
    await book(t.db, { contactId: person!, quantity: 4 });
    // The opener's call goes out alone; the person's two queue behind it and leave together.
    const [, a, b] = await Promise.all([
      book(t.db, { contactId: opener! }),
      book(t.db, { contactId: person!, quantity: 4 }),
      book(t.db, { contactId: person!, quantity: 4 }),
    ]);
    const rows = await attemptsOf(person!);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.tx).toBe(rows[2]!.tx);
    expect(rows[0]!.tx).not.toBe(rows[1]!.tx);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, reason: 'per_person_cap', alreadyHeld: 8 });
    expect(await validTickets(person!)).toBe(8);
    expect(await t.tier('expo')).toMatchObject({ sold: 9, held: 0 });
  });

  it('books a duplicate idempotency key inside one batch once; the others get that order', async () => {
    await t.setTier('expo', { capacity: 500, sold: 0, maxPerOrder: 5 });
    const [opener, person] = await t.contacts(2);
    const key = `same-message-${person}`;
    const [, ...results] = await Promise.all([
      book(t.db, { contactId: opener! }),
      book(t.db, { contactId: person!, quantity: 2, idempotencyKey: key }),
      book(t.db, { contactId: person!, quantity: 2, idempotencyKey: key }),
      book(t.db, { contactId: person!, quantity: 2, idempotencyKey: key }),
    ]);
    const rows = await attemptsOf(person!);
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
    expect(rows.map((r) => `${r.outcome}/${r.reason}`).sort()).toEqual([
      'booked/ok',
      'rejected/duplicate',
      'rejected/duplicate',
    ]);
    const orderIds = new Set(results.map((r) => (r.ok ? r.orderId : null)));
    expect(orderIds.size).toBe(1);
    expect(orderIds.has(null)).toBe(false);
    expect(results.filter((r) => r.ok && r.duplicate)).toHaveLength(2);
    expect(results.every((r) => r.ok && r.tickets.length === 2)).toBe(true);
    expect(await validTickets(person!)).toBe(2);
    expect(await t.tier('expo')).toMatchObject({ sold: 3, held: 0 });
  });

  it('holds the per-person cap when the same people book in concurrent batches of two processes', async () => {
    await t.setTier('expo', { capacity: 5000, sold: 0, maxPerOrder: 5 });
    const people = await t.contacts(30);
    // Each person asks 3 times for 4 seats (2 fit under the cap of 10), spread over both processes' batches.
    const results = await Promise.all(
      people.flatMap((contactId, i) => [
        book(i % 2 ? t.db : second, { contactId, quantity: 4 }),
        book(i % 2 ? second : t.db, { contactId, quantity: 4 }),
        book(t.db, { contactId, quantity: 4 }),
      ]),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2 * people.length);
    expect(results.filter((r) => !r.ok && r.reason === 'per_person_cap')).toHaveLength(people.length);
    for (const contactId of people) expect(await validTickets(contactId)).toBe(8);
    expect(8).toBeLessThanOrEqual(MAX_TICKETS_PER_PERSON);
    expect(await t.tier('expo')).toMatchObject({ sold: 8 * people.length, held: 0 });
  });

  it('never oversells across two processes, with every attempt recorded once', async () => {
    const tierId = await t.setTier('expo', { capacity: 60, sold: 0, maxPerOrder: 5 });
    const people = await t.contacts(400);
    const before = await totals(tierId);
    const results = await Promise.all(
      people.map((contactId, i) => book(i % 2 ? t.db : second, { contactId, quantity: 1 + (i % 3) })),
    );
    const booked = results.filter((r) => r.ok);
    const seats = booked.reduce((sum, r) => sum + (r.ok ? r.tickets.length : 0), 0);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'sold_out')).toBe(true);
    // Sold out to the last seat or nearly (a last order of 2 or 3 may not fit what a last 1 left).
    expect(seats).toBeGreaterThanOrEqual(58);
    expect(seats).toBeLessThanOrEqual(60);
    const after = await totals(tierId);
    expect({
      orders: after.orders - before.orders,
      tickets: after.tickets - before.tickets,
      attempts: after.attempts - before.attempts,
      sold: after.sold,
    }).toEqual({ orders: seats, tickets: seats, attempts: people.length, sold: seats });
    // Batches really formed in both processes: fewer transactions than attempts.
    const [txs] = await t.sql<{ n: number }>(
      'select count(distinct xmin::text)::int as n from booking_attempts where tier_id = ? and xmin::text::bigint > ?',
      [tierId, before.lastTx],
    );
    expect(txs!.n).toBeLessThan(people.length / 2);
  });
});

describe('after a tier sells out', () => {
  it('refuses the late and records them, still answers a booked key with its order, and sells seats that come back', async () => {
    await t.setTier('expo', { capacity: 3, sold: 0, maxPerOrder: 5 });
    const [a, b, c, ...late] = await t.contacts(7);
    const keyOfA = `late-${a}`;
    const first = await Promise.all([
      book(t.db, { contactId: a!, idempotencyKey: keyOfA }),
      book(t.db, { contactId: b! }),
      book(t.db, { contactId: c! }),
    ]);
    expect(first.every((r) => r.ok)).toBe(true);
    // Sold out: a's confirmation retried, and four people too late.
    const [retried, ...refused] = await Promise.all([
      book(t.db, { contactId: a!, idempotencyKey: keyOfA }),
      ...late.map((contactId) => book(t.db, { contactId })),
    ]);
    expect(retried).toMatchObject({
      ok: true,
      duplicate: true,
      orderId: first[0]!.ok ? first[0]!.orderId : '',
    });
    expect(refused).toEqual(
      late.map(() =>
        expect.objectContaining({
          ok: false,
          reason: 'sold_out',
          available: 0,
          message: 'Expo Pass is sold out.',
        }),
      ),
    );
    for (const contactId of late)
      expect((await attemptsOf(contactId)).map((r) => `${r.outcome}/${r.reason}`)).toEqual([
        'rejected/sold_out',
      ]);
    expect(await t.tier('expo')).toMatchObject({ sold: 3, held: 0 });

    // A seat comes back (a cancellation, more capacity): the next person gets it.
    await t.setTier('expo', { capacity: 4, sold: 3 });
    expect(await book(t.db, { contactId: late[0]! })).toMatchObject({ ok: true, duplicate: false });
    expect(await book(t.db, { contactId: late[1]! })).toMatchObject({ ok: false, reason: 'sold_out' });
    expect(await t.tier('expo')).toMatchObject({ sold: 4, held: 0 });
  });

  it("answers a late person at once, even while that person's booking lock is held elsewhere", async () => {
    await t.setTier('expo', { capacity: 1, sold: 0, maxPerOrder: 5 });
    const [opener, person] = await t.contacts(2);
    expect(await book(t.db, { contactId: opener! })).toMatchObject({ ok: true });
    const holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock(4204, hashtext($1))', [person]);
      // A booking would wait for this lock (and this test would time out); a refusal has nothing to wait for.
      expect(await book(t.db, { contactId: person! })).toMatchObject({ ok: false, reason: 'sold_out' });
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
  });
});

describe('the booking functions', () => {
  // A later `create or replace function` drops settings it does not restate: then every call plans its inserts
  // again (Migration20261208000000) or a plan made on a near-empty table scans `orders` for good.
  it('keep one generic plan on the indexes', async () => {
    const rows = await t.sql<{ name: string; config: string[] | null }>(
      `select proname as name, proconfig as config from pg_proc where proname in ('book_seats', 'book_seats_batch')
        order by proname`,
    );
    expect(rows.map((r) => r.name)).toEqual(['book_seats', 'book_seats_batch']);
    for (const row of rows)
      expect(row.config ?? []).toEqual(
        expect.arrayContaining(['enable_seqscan=off', 'plan_cache_mode=force_generic_plan']),
      );
  });
});
