import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireReservations } from '../../../core/services/tickets/expire-reservations.js';
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import { BEFORE_EVENT, EVENT_ID, startTicketDatabase, type TicketDatabase } from './ticket-database.js';

const CHILD = fileURLToPath(new URL('./book-then-die.process.ts', import.meta.url));
const BURST_CHILD = fileURLToPath(new URL('./burst-then-die.process.ts', import.meta.url));

let t: TicketDatabase;
beforeAll(async () => {
  t = await startTicketDatabase(4);
});
afterAll(async () => {
  await t?.close();
});

/**
 * Starts the stand-in worker, waits until its seat statement committed (its message transaction still open),
 * lets the caller look, then SIGKILLs it. Node itself with tsx's loader: the tsx CLI would run the script in
 * a grandchild that SIGKILL does not reach.
 */
async function bookThenDie(
  args: { contactId: string; tierCode: string; key: string },
  whileOpen: () => Promise<void>,
): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, t.url, args.contactId, args.tierCode, args.key, BEFORE_EVENT.toISOString()],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    for await (const line of createInterface({ input: child.stdout })) {
      const [said, orderId] = line.split(' ');
      if (said !== 'seats-taken') continue;
      await whileOpen();
      return orderId!;
    }
    throw new Error('the child exited before taking the seats');
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

/** The retried message: the same idempotency key (the confirming message's id), in a new transaction. */
const retry = (contactId: string, tierCode: string, key: string) =>
  t.db.em.fork().transactional((tx) =>
    placeOrder(tx, {
      eventId: EVENT_ID,
      tierCode,
      contactId,
      quantity: 2,
      idempotencyKey: key,
      seatsFrom: 'capacity',
      now: BEFORE_EVENT,
    }),
  );

const ordersOf = (contactId: string) =>
  t.sql<{ id: string; status: string; tickets: number }>(
    `select o.id, o.status, (select count(*)::int from tickets where order_id = o.id and status = 'valid') as tickets
       from orders o where contact_id = ?`,
    [contactId],
  );

const attemptsOf = (contactId: string) =>
  t.sql<{ outcome: string; reason: string }>(
    'select outcome, reason from booking_attempts where contact_id = ? order by outcome, reason',
    [contactId],
  );

describe('a worker killed between the seat statement and the rest of its message', () => {
  it('leaves a whole booking that the retried message completes, once', async () => {
    await t.setTier('expo', { capacity: 500, sold: 0 });
    const [person] = await t.contacts(1);
    const key = `kill-free-${person}`;

    const orderId = await bookThenDie({ contactId: person!, tierCode: 'expo', key }, async () => {
      // The message is still open, yet the tier row is free: the seat statement committed on its own.
      const [row] = await t.sql<{ sold: number }>(
        "select sold from ticket_tiers where event_id = ? and code = 'expo' for update nowait",
        [EVENT_ID],
      );
      expect(row?.sold).toBe(2);
    });

    // Dead mid-message: the seats, the order with its tickets and the attempt are there together; the rest of
    // the message is not.
    expect(await t.tier('expo')).toMatchObject({ sold: 2, held: 0 });
    expect(await ordersOf(person!)).toEqual([{ id: orderId, status: 'confirmed', tickets: 2 }]);
    expect(await attemptsOf(person!)).toEqual([{ outcome: 'booked', reason: 'ok' }]);
    expect(
      await t.sql('select id from contacts where id = ? and display_name is not null', [person]),
    ).toEqual([]);

    // The sweeper hands the unhandled message to a worker again: it finds the order and books nothing more.
    const again = await retry(person!, 'expo', key);
    expect(again).toMatchObject({ ok: true, duplicate: true, orderId, orderStatus: 'confirmed' });
    if (again.ok) expect(again.tickets).toHaveLength(2);
    expect(await t.tier('expo')).toMatchObject({ sold: 2, held: 0 });
    expect(await ordersOf(person!)).toEqual([{ id: orderId, status: 'confirmed', tickets: 2 }]);
    expect(await attemptsOf(person!)).toEqual([
      { outcome: 'booked', reason: 'ok' },
      { outcome: 'rejected', reason: 'duplicate' },
    ]);
  }, 60_000);

  it('lets the reservation expiry release an unpaid hold whose message never finished, and never both', async () => {
    await t.setTier('vip', { capacity: 20, sold: 0 });
    const [person] = await t.contacts(1);
    const key = `kill-paid-${person}`;

    const orderId = await bookThenDie({ contactId: person!, tierCode: 'vip', key }, async () => {});
    expect(await t.tier('vip')).toMatchObject({ sold: 0, held: 2 });
    expect(await ordersOf(person!)).toEqual([{ id: orderId, status: 'reserved', tickets: 2 }]);

    // Nobody pays: the hold runs out and the expiry gives the seats back.
    const later = new Date(BEFORE_EVENT.getTime() + 16 * 60_000);
    await t.db.em.fork().transactional((tx) => expireReservations(tx, later));
    expect(await t.tier('vip')).toMatchObject({ sold: 0, held: 0 });
    expect(await ordersOf(person!)).toEqual([{ id: orderId, status: 'expired', tickets: 0 }]);

    // A late retry of the same message finds the expired order: no second hold, no seats taken again.
    const again = await retry(person!, 'vip', key);
    expect(again).toMatchObject({ ok: true, duplicate: true, orderId, orderStatus: 'expired' });
    expect(await t.tier('vip')).toMatchObject({ sold: 0, held: 0 });
    expect(await ordersOf(person!)).toHaveLength(1);
  }, 60_000);

  it('mid-burst: exactly the sold and held seats have orders with their tickets, and no hold is orphaned', async () => {
    await t.setTier('expo', { capacity: 60, sold: 0 });
    await t.setTier('vip', { capacity: 40, sold: 0 });
    const people = await t.contacts(120);
    const jobs = people.map((id, i) => `${i % 3 === 0 ? 'vip' : 'expo'}:${id}`);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', BURST_CHILD, t.url, BEFORE_EVENT.toISOString(), ...jobs],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let finished = 0;
    try {
      for await (const line of createInterface({ input: child.stdout })) {
        if (line === 'done') throw new Error('the burst ended before the kill');
        // Mid-burst: some messages finished, many in flight, the rest not started.
        if (++finished === 25) break;
      }
    } finally {
      child.kill('SIGKILL');
      await exited;
    }

    // The tiers were reset for this burst; only its people's orders count.
    for (const code of ['expo', 'vip']) {
      const tier = await t.tier(code);
      const [orders] = await t.sql<{ sold: number; held: number; tickets: number; ticketless: number }>(
        `select coalesce(sum(quantity) filter (where status = 'confirmed'), 0)::int as sold,
                coalesce(sum(quantity) filter (where status = 'reserved'), 0)::int as held,
                (select count(*)::int from tickets tk join orders o2 on o2.id = tk.order_id
                  where o2.tier_id = ? and o2.contact_id = any(array[?]::uuid[]) and tk.status = 'valid') as tickets,
                count(*) filter (where not exists (select 1 from tickets tk where tk.order_id = orders.id))::int
                  as ticketless
           from orders where tier_id = ? and contact_id = any(array[?]::uuid[])`,
        [tier.id, people, tier.id, people],
      );
      expect({ sold: tier.sold, held: tier.held }).toEqual({ sold: orders!.sold, held: orders!.held });
      expect(orders!.tickets).toBe(tier.sold + tier.held);
      expect(orders!.ticketless).toBe(0);
      expect(tier.sold + tier.held).toBeGreaterThan(0);
    }
    // Every order has its attempt row and every "booked"/"reserved" attempt its order.
    const [mismatch] = await t.sql<{ n: number }>(
      `select count(*)::int as n from orders o full join booking_attempts a
          on a.order_id = o.id and a.outcome in ('booked', 'reserved')
        where (o.id is null and a.outcome in ('booked', 'reserved')) or (a.id is null and o.contact_id = any(array[?]::uuid[]))`,
      [people],
    );
    expect(mismatch?.n).toBe(0);
    // A message the kill cut short never marked its person; its sale (if any) is whole and the retry finds it.
    const unfinished = await t.sql<{ id: string }>(
      `select c.id from contacts c join orders o on o.contact_id = c.id
        where c.id = any(array[?]::uuid[]) and c.display_name is null`,
      [people],
    );
    for (const { id } of unfinished) {
      const tierCode = jobs.find((j) => j.endsWith(id))!.split(':')[0]!;
      const again = await retry(id, tierCode, `burst-${id}`);
      expect(again).toMatchObject({ ok: true, duplicate: true });
    }
  }, 120_000);
});
