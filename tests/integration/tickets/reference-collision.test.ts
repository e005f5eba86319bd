import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import { BEFORE_EVENT, EVENT_ID, startTicketDatabase, type TicketDatabase } from './ticket-database.js';

/** References come from this queue while it has any, so a test can make them collide with stored ones. */
const planned: string[] = [];
vi.mock('../../../core/services/tickets/ticket-reference.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/services/tickets/ticket-reference.js')>();
  return {
    ...real,
    newTicketReference: (prefix: string) => planned.shift() ?? real.newTicketReference(prefix),
  };
});

let t: TicketDatabase;
beforeAll(async () => {
  t = await startTicketDatabase(4);
});
afterAll(async () => {
  await t?.close();
});

const book = (contactId: string, quantity: number) =>
  t.db.em.fork().transactional((tx) =>
    placeOrder(tx, {
      eventId: EVENT_ID,
      tierCode: 'expo',
      contactId,
      quantity,
      idempotencyKey: `collision-${contactId}`,
      seatsFrom: 'capacity',
      now: BEFORE_EVENT,
    }),
  );

const stored = (orderId: string) =>
  t.sql<{ reference: string; tickets: number; attempts: number }>(
    `select o.reference,
            (select count(*)::int from tickets where order_id = o.id and status = 'valid') as tickets,
            (select count(*)::int from booking_attempts where order_id = o.id and reason = 'ok') as attempts
       from orders o where o.id = ?`,
    [orderId],
  );

describe('a random reference that collides with a stored one', () => {
  it("gives the order a fresh reference and still books every seat when the order's collided", async () => {
    await t.setTier('expo', { capacity: 500, sold: 0 });
    const [first, second] = await t.contacts(2);
    const earlier = await book(first!, 1);
    if (!earlier.ok) throw new Error('the first booking failed');

    planned.push(earlier.reference);
    const result = await book(second!, 3);

    expect(result).toMatchObject({ ok: true, status: 'confirmed' });
    if (!result.ok) return;
    expect(result.reference).not.toBe(earlier.reference);
    expect(result.tickets).toHaveLength(3);
    expect(await t.tier('expo')).toMatchObject({ sold: 4, held: 0 });
    expect(await stored(result.orderId)).toEqual([{ reference: result.reference, tickets: 3, attempts: 1 }]);
  });

  it('takes the seats again with fresh references when a ticket reference collided, never half a booking', async () => {
    await t.setTier('expo', { capacity: 500, sold: 0 });
    const [first, second] = await t.contacts(2);
    const earlier = await book(first!, 1);
    if (!earlier.ok) throw new Error('the first booking failed');
    const taken = earlier.tickets[0]!.reference;

    planned.push('DS26-AAAA-0000', 'DS26-AAAA-0001', taken, 'DS26-AAAA-0003');
    const result = await book(second!, 3);

    // The collided statement is undone as a whole (it may commit on its own, so it must never leave seats
    // without their order); the retry draws every reference afresh.
    expect(result).toMatchObject({ ok: true, status: 'confirmed' });
    if (!result.ok) return;
    const references = result.tickets.map((x) => x.reference);
    expect(references).toHaveLength(3);
    expect(references).not.toContain(taken);
    expect(planned).toEqual([]);
    expect(await t.tier('expo')).toMatchObject({ sold: 4, held: 0 });
    expect(await stored(result.orderId)).toEqual([{ reference: result.reference, tickets: 3, attempts: 1 }]);
    const orders = await t.sql<{ n: number }>('select count(*)::int as n from orders where contact_id = ?', [
      second,
    ]);
    expect(orders).toEqual([{ n: 1 }]);
  });
});
