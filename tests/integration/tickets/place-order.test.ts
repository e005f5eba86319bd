import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TICKETS_PER_PERSON } from '../../../core/services/tickets/booking-rules.js';
import { type PlaceOrderInput, placeOrder } from '../../../core/services/tickets/place-order.js';
import { TICKET_REFERENCE_PATTERN } from '../../../core/services/tickets/ticket-reference.js';
import { BEFORE_EVENT, EVENT_ID, startTicketDatabase, type TicketDatabase } from './ticket-database.js';

let t: TicketDatabase;
beforeAll(async () => {
  t = await startTicketDatabase(10);
});
afterAll(async () => {
  await t?.close();
});

let keys = 0;
const book = (input: Partial<PlaceOrderInput> & { contactId: string; tierCode: string }) =>
  t.db.em.fork().transactional((tx) =>
    placeOrder(tx, {
      eventId: EVENT_ID,
      quantity: 1,
      idempotencyKey: `test-${++keys}-${Math.random()}`,
      seatsFrom: 'capacity',
      now: BEFORE_EVENT,
      ...input,
    }),
  );

const attempts = (where: { tierId?: string; contactId?: string }) =>
  t.sql<{ outcome: string; reason: string; n: number }>(
    `select outcome, reason, count(*)::int as n from booking_attempts
      where tier_id = coalesce(?, tier_id) and contact_id = coalesce(?, contact_id)
      group by outcome, reason order by outcome, reason`,
    [where.tierId ?? null, where.contactId ?? null],
  );

describe('placeOrder', () => {
  it('sells exactly the last 10 seats to 1,000 concurrent people and records 990 sold-out attempts', async () => {
    const tierId = await t.setTier('expo', { capacity: 500, sold: 490 });
    const people = await t.contacts(1000);
    const results = await Promise.all(people.map((contactId) => book({ contactId, tierCode: 'expo' })));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === 'sold_out')).toHaveLength(990);
    expect(await t.tier('expo')).toMatchObject({ capacity: 500, sold: 500, held: 0 });
    const [tickets] = await t.sql<{ n: number }>(
      `select count(*)::int as n from tickets tk join orders o on o.id = tk.order_id
        where o.tier_id = ? and o.status = 'confirmed' and tk.status = 'valid'`,
      [tierId],
    );
    expect(tickets?.n).toBe(10);
    expect(await attempts({ tierId })).toEqual([
      { outcome: 'booked', reason: 'ok', n: 10 },
      { outcome: 'rejected', reason: 'sold_out', n: 990 },
    ]);
  });

  it('confirms a free tier at once with human-readable references', async () => {
    await t.setTier('expo', { capacity: 500, sold: 0 });
    const [contactId] = await t.contacts(1);
    const result = await book({ contactId: contactId!, tierCode: 'expo', quantity: 3 });
    expect(result).toMatchObject({ ok: true, status: 'confirmed', totalCents: 0, reservedUntil: null });
    if (!result.ok) return;
    expect(result.reference).toMatch(TICKET_REFERENCE_PATTERN);
    expect(result.reference.startsWith('DS26-')).toBe(true);
    expect(result.tickets).toHaveLength(3);
    for (const ticket of result.tickets) expect(ticket.reference).toMatch(TICKET_REFERENCE_PATTERN);
    expect(new Set(result.tickets.map((x) => x.reference)).size).toBe(3);
  });

  it('reserves a paid tier, holding the seats for 15 minutes', async () => {
    await t.setTier('vip', { capacity: 20, sold: 0 });
    const [contactId] = await t.contacts(1);
    const result = await book({ contactId: contactId!, tierCode: 'vip', quantity: 2 });
    expect(result).toMatchObject({ ok: true, status: 'reserved', totalCents: 99_800, currency: 'EUR' });
    expect(result.ok && result.reservedUntil?.getTime()).toBe(BEFORE_EVENT.getTime() + 15 * 60_000);
    expect(await t.tier('vip')).toMatchObject({ sold: 0, held: 2 });
  });

  it('books once when the same confirmation arrives three times at once', async () => {
    await t.setTier('general', { capacity: 300, sold: 0 });
    const [contactId] = await t.contacts(1);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        book({
          contactId: contactId!,
          tierCode: 'general',
          quantity: 2,
          idempotencyKey: 'SMsame-confirmation',
        }),
      ),
    );
    const orderIds = new Set(results.map((r) => (r.ok ? r.orderId : r.reason)));
    expect(orderIds.size).toBe(1);
    expect(results.filter((r) => r.ok && r.duplicate)).toHaveLength(2);
    expect(await t.tier('general')).toMatchObject({ held: 2 });
    const orders = await t.sql('select id from orders where idempotency_key = ?', ['SMsame-confirmation']);
    expect(orders).toHaveLength(1);
  });

  it('refuses more than maxPerOrder, zero, negative and fractional quantities, with the reason recorded', async () => {
    await t.setTier('vip', { capacity: 20, sold: 0 });
    const [contactId] = await t.contacts(1);
    const refused = async (quantity: number) => {
      const r = await book({ contactId: contactId!, tierCode: 'vip', quantity });
      return r.ok ? 'booked' : r.reason;
    };
    expect(await refused(5)).toBe('max_per_order');
    expect(await refused(500)).toBe('max_per_order');
    expect(await refused(0)).toBe('invalid_quantity');
    expect(await refused(-2)).toBe('invalid_quantity');
    expect(await refused(1.5)).toBe('invalid_quantity');
    expect(await attempts({ contactId })).toEqual([
      { outcome: 'rejected', reason: 'invalid_quantity', n: 3 },
      { outcome: 'rejected', reason: 'max_per_order', n: 2 },
    ]);
    expect(await t.tier('vip')).toMatchObject({ sold: 0, held: 0 });
  });

  it('holds the per-person cap across orders and tiers, even when one person books concurrently', async () => {
    await t.setTier('general', { capacity: 300, sold: 0 });
    await t.setTier('expo', { capacity: 500, sold: 0 });
    const [contactId] = await t.contacts(1);
    // 5 concurrent orders of 3 for one person: at most 3 fit under a cap of 10.
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        book({ contactId: contactId!, tierCode: i % 2 ? 'expo' : 'general', quantity: 3 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refused = results.filter((r) => !r.ok);
    expect(refused.every((r) => !r.ok && r.reason === 'per_person_cap')).toBe(true);
    const [held] = await t.sql<{ n: number }>(
      `select count(*)::int as n from tickets tk join orders o on o.id = tk.order_id
        where o.contact_id = ? and tk.status = 'valid'`,
      [contactId],
    );
    expect(held?.n).toBeLessThanOrEqual(MAX_TICKETS_PER_PERSON);
    const [reasons] = await t.sql<{ n: number }>(
      "select count(*)::int as n from booking_attempts where contact_id = ? and reason = 'per_person_cap'",
      [contactId],
    );
    expect(reasons?.n).toBe(2);
  });

  it('refuses an unknown tier, a closed sale and a finished event', async () => {
    const [contactId] = await t.contacts(1);
    const unknown = await book({ contactId: contactId!, tierCode: 'platinum' });
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown_tier' });
    const over = await book({
      contactId: contactId!,
      tierCode: 'expo',
      now: new Date('2026-12-12T09:00:00Z'),
    });
    expect(over).toMatchObject({ ok: false, reason: 'event_over' });
    await t.sql('update events set sales_open = false where id = ?', [EVENT_ID]);
    try {
      const closed = await book({ contactId: contactId!, tierCode: 'expo' });
      expect(closed).toMatchObject({ ok: false, reason: 'sales_closed' });
    } finally {
      await t.sql('update events set sales_open = true where id = ?', [EVENT_ID]);
    }
    const [row] = await t.sql<{ n: number }>(
      "select count(*)::int as n from booking_attempts where contact_id = ? and outcome = 'rejected'",
      [contactId],
    );
    expect(row?.n).toBe(3);
  });

  it("converts a waitlist offer's held seats: sold at once for a free tier, kept held until payment for a paid one", async () => {
    // An open offer of 2 seats: the waiting-list side has moved them into `held`.
    await t.setTier('expo', { capacity: 10, sold: 8, held: 2 });
    const [free, paid, partial] = await t.contacts(3);
    const offer = (seats: number) => ({ promotionId: crypto.randomUUID(), seats });
    const claimed = await book({ contactId: free!, tierCode: 'expo', quantity: 2, seatsFrom: offer(2) });
    expect(claimed).toMatchObject({ ok: true, status: 'confirmed', releasedSeats: 0 });
    expect(await t.tier('expo')).toMatchObject({ sold: 10, held: 0 });

    await t.setTier('vip', { capacity: 20, sold: 18, held: 2 });
    const reserved = await book({ contactId: paid!, tierCode: 'vip', quantity: 2, seatsFrom: offer(2) });
    expect(reserved).toMatchObject({ ok: true, status: 'reserved' });
    expect(await t.tier('vip')).toMatchObject({ sold: 18, held: 2 });

    // Booking fewer than offered gives the rest back; more than offered is refused.
    await t.setTier('general', { capacity: 300, sold: 297, held: 3 });
    const tooMany = await book({
      contactId: partial!,
      tierCode: 'general',
      quantity: 4,
      seatsFrom: offer(3),
    });
    expect(tooMany).toMatchObject({ ok: false, reason: 'invalid_quantity', available: 3 });
    const fewer = await book({ contactId: partial!, tierCode: 'general', quantity: 1, seatsFrom: offer(3) });
    expect(fewer).toMatchObject({ ok: true, status: 'reserved', releasedSeats: 2 });
    expect(await t.tier('general')).toMatchObject({ sold: 297, held: 1 });
  });
});
