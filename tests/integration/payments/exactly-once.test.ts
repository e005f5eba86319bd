import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPaymentEvent } from '../../../core/services/payments/apply-payment-event.js';
import { prepareCheckout } from '../../../core/services/payments/prepare-checkout.js';
import { recordCheckout } from '../../../core/services/payments/record-checkout.js';
import { storePaymentEvent } from '../../../core/services/payments/store-payment-event.js';
import { expireReservations } from '../../../core/services/tickets/expire-reservations.js';
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import {
  BEFORE_EVENT,
  EVENT_ID,
  startTicketDatabase,
  type TicketDatabase,
} from '../tickets/ticket-database.js';

/**
 * Issue 17: a Stripe payment confirms its order exactly once — however many deliveries, under however many
 * event ids, applied concurrently — on real Postgres.
 */
let t: TicketDatabase;
beforeAll(async () => {
  t = await startTicketDatabase(12);
});
afterAll(async () => {
  await t?.close();
});

const now = BEFORE_EVENT;
let sessions = 0;

/** A paid reservation of `seats` VIP seats with its Checkout Session recorded; returns ids. */
async function reservedWithSession(seats: number) {
  const [contactId] = await t.contacts(1);
  const placed = await placeOrder(t.db.em.fork(), {
    eventId: EVENT_ID,
    tierCode: 'vip',
    contactId: contactId!,
    quantity: seats,
    idempotencyKey: `test:${contactId}`,
    seatsFrom: 'capacity',
    holdMinutes: 35,
    now,
  });
  if (!placed.ok) throw new Error(placed.message);
  const sessionId = `cs_test_${++sessions}`;
  await t.db.em.fork().transactional(async (tx) => {
    const prepared = await prepareCheckout(tx, { orderId: placed.orderId, now });
    if (prepared.kind !== 'request') throw new Error(prepared.kind);
    expect(prepared.request.expiresAt).toEqual(placed.reservedUntil);
    await recordCheckout(tx, {
      paymentId: prepared.paymentId,
      session: {
        id: sessionId,
        url: `https://checkout.stripe.com/c/pay/${sessionId}`,
        expiresAt: placed.reservedUntil!,
      },
      now,
    });
  });
  return { orderId: placed.orderId, sessionId, contactId: contactId! };
}

const completed = (sessionId: string, eventId: string, amountCents: number) =>
  storePaymentEvent(
    t.db.em.fork(),
    'stripe',
    {
      kind: 'checkout_completed',
      id: eventId,
      occurredAt: now,
      sessionId,
      paymentIntentId: `pi_${sessionId}`,
      amountCents,
      currency: 'EUR',
      paymentStatus: 'paid',
    },
    now,
  );

const apply = (rowId: string) => t.db.em.fork().transactional((tx) => applyPaymentEvent(tx, rowId, now));

describe('Stripe payments confirm exactly once', () => {
  it('stores one event per Stripe id, however many deliveries race', async () => {
    const { sessionId } = await reservedWithSession(1);
    const stored = await Promise.all(
      Array.from({ length: 10 }, () => completed(sessionId, 'evt_race', 49_900)),
    );
    expect(new Set(stored.map((s) => s.id)).size).toBe(1);
    expect(stored.filter((s) => !s.duplicate)).toHaveLength(1);
  });

  it('twenty concurrent events for one paid session (ten ids, each applied twice) confirm it once', async () => {
    const before = await t.tier('vip');
    const { orderId, sessionId } = await reservedWithSession(2);
    const rows = await Promise.all(
      Array.from({ length: 10 }, (_, i) => completed(sessionId, `evt_many_${i}`, 99_800)),
    );
    const results = await Promise.all([...rows, ...rows].map((row) => apply(row.id)));
    const confirmations = results.filter((r) => r.kind === 'checkout' && r.settled.kind === 'confirmed');
    expect(confirmations).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'already_applied')).toHaveLength(10);
    expect(
      results.filter(
        (r) => r.kind === 'checkout' && r.settled.kind === 'unchanged' && r.settled.reason === 'already_paid',
      ),
    ).toHaveLength(9);
    const after = await t.tier('vip');
    expect({ sold: after.sold - before.sold, held: after.held - before.held }).toEqual({ sold: 2, held: 0 });
    const payments = await t.sql<{ kind: string; status: string }>(
      'select kind, status from payments where order_id = ?',
      [orderId],
    );
    expect(payments).toEqual([{ kind: 'charge', status: 'succeeded' }]);
    const pending = await t.sql<{ n: number }>(
      "select count(*)::int as n from payment_events where external_id like 'evt_many_%' and processed_at is null",
    );
    expect(pending).toEqual([{ n: 0 }]);
  });

  it('a payment arriving after its reservation expired takes the seats back while they are free', async () => {
    const { orderId, sessionId } = await reservedWithSession(1);
    const later = new Date(now.getTime() + 40 * 60_000);
    const expired = await t.db.em.fork().transactional((tx) => expireReservations(tx, later, 200, orderId));
    expect(expired.orders).toBe(1);
    const before = await t.tier('vip');
    const row = await completed(sessionId, 'evt_late', 49_900);
    const result = await apply(row.id);
    expect(result).toMatchObject({ kind: 'checkout', settled: { kind: 'confirmed', late: true } });
    const after = await t.tier('vip');
    expect(after.sold - before.sold).toBe(1);
    const [order] = await t.sql<{ status: string; valid: number }>(
      `select o.status, (select count(*)::int from tickets k where k.order_id = o.id and k.status = 'valid') as valid
         from orders o where o.id = ?`,
      [orderId],
    );
    expect(order).toEqual({ status: 'confirmed', valid: 1 });
  });
});
