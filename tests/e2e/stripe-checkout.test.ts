import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCheckoutSession } from '../fakes/fake-stripe-api.js';
import { postStripeEvent, sessionCompleted, sessionExpired, stripeEvent } from '../fixtures/stripe-events.js';
import { drainQueues } from '../support/drain-queues.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { messagesTo, nextMessageTo, sayAndAwait } from '../support/whatsapp-inbox.js';

/**
 * Issue 17: paid tickets through Stripe Checkout, end to end over signed Twilio and Stripe webhooks, with the
 * real `stripe` client talking to a local fake of Stripe's API.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ stripe: true });
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const stripe = () => app.stripeApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const tier = async (code: string) =>
  (
    await sql<{ sold: number; held: number }>('select sold, held from ticket_tiers where code = ?', [code])
  )[0];

const say = async (phone: string, body: string, expected: RegExp) =>
  (await sayAndAwait(app, phone, body, expected)).body ?? '';

/** Books `quantity` VIP tickets and returns the Checkout Session the link points at. */
async function reserveVip(phone: string, quantity: number): Promise<FakeCheckoutSession> {
  const summary = await say(phone, `${quantity} VIP tickets`, /Shall I book\?/);
  expect(summary).toContain("I'll hold the seats for 35 minutes while you pay");
  const before = messagesTo(app, phone).length;
  await say(phone, '1', /Reserved: .* VIP — order DS26-/);
  const link = await nextMessageTo(app, phone, /securely with Stripe/, before);
  const url = /https:\/\/checkout\.stripe\.com\/\S+/.exec(link.body ?? '')?.[0];
  const session = stripe().sessions.find((s) => s.url === url);
  expect(session, 'the link is the session url Stripe returned').toBeDefined();
  return session!;
}

const orderOf = async (phone: string) =>
  sql<{ id: string; status: string; reserved_until: Date | null; quantity: number }>(
    `select o.id, o.status, o.reserved_until, o.quantity from orders o join contacts c on c.id = o.contact_id
      where c.phone = ? order by o.created_at`,
    [phone],
  );

describe('Stripe Checkout from the chat', () => {
  it('book 2 VIP → Checkout link → completed sent twice, concurrently and out of order → one confirmed order, 2 QR tickets', async () => {
    const phone = '+15550178001';
    const session = await reserveVip(phone, 2);
    const [order] = await orderOf(phone);
    expect(order?.status).toBe('reserved');
    // The session: the order's line items, the event's currency, the hold as expiry, the order id, one key.
    expect(session.line_items).toEqual([
      { name: 'DevSummit Lisbon 2026 — VIP', unit_amount: 49_900, quantity: 2 },
    ]);
    expect(session.currency).toBe('eur');
    expect(session.amount_total).toBe(99_800);
    expect(session.metadata.order_id).toBe(order!.id);
    expect(session.expires_at * 1000).toBe(new Date(order!.reserved_until!).getTime());
    const creates = stripe().requests.filter((r) => r.path === '/v1/checkout/sessions');
    expect(creates.map((r) => r.idempotencyKey)).toEqual([`checkout:${order!.id}`]);
    expect(await tier('vip')).toEqual({ sold: 0, held: 2 });

    // "Pay now" (twice) resends the same link: one session per order, one request to Stripe.
    await say(phone, 'my tickets', /Pay now/);
    const resent = await say(phone, '1', /securely with Stripe/);
    expect(resent).toContain(session.url);
    await say(phone, 'my tickets', /Pay now/);
    expect(await say(phone, '1', /securely with Stripe/)).toContain(session.url);
    expect(stripe().requests.filter((r) => r.path === '/v1/checkout/sessions')).toHaveLength(1);

    const paid = stripe().pay(session.id);
    const completed = sessionCompleted(paid);
    const before = messagesTo(app, phone).length;
    // Stripe retries: the same event five times at once, then the same completion under other event ids.
    const first = await Promise.all([1, 2, 3, 4, 5].map(() => postStripeEvent(app.baseUrl, completed)));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await nextMessageTo(app, phone, /Payment of €998\.00 received/, before);
    const later = await Promise.all([
      postStripeEvent(app.baseUrl, sessionCompleted(paid)),
      postStripeEvent(
        app.baseUrl,
        stripeEvent('charge.succeeded', {
          id: 'ch_1',
          object: 'charge',
          payment_intent: paid.payment_intent,
          receipt_url: 'https://pay.stripe.com/receipts/r1',
        }),
      ),
      postStripeEvent(app.baseUrl, completed),
    ]);
    expect(later.map((r) => r.status)).toEqual([200, 200, 200]);
    await drainQueues(app.deps.queues);

    const sent = messagesTo(app, phone).slice(before);
    expect(sent.filter((m) => /received/.test(m.body ?? ''))).toHaveLength(1);
    expect(sent.flatMap((m) => m.mediaUrl)).toHaveLength(2);
    expect(await orderOf(phone)).toMatchObject([{ status: 'confirmed', quantity: 2 }]);
    expect(await tier('vip')).toEqual({ sold: 2, held: 0 });
    const payments = await sql<{ kind: string; status: string; provider: string; payment_intent_id: string }>(
      'select kind, status, provider, payment_intent_id from payments where order_id = ?',
      [order!.id],
    );
    expect(payments).toEqual([
      { kind: 'charge', status: 'succeeded', provider: 'stripe', payment_intent_id: paid.payment_intent },
    ]);
    const tickets = await sql<{ n: number }>(
      "select count(*)::int as n from tickets where order_id = ? and status = 'valid'",
      [order!.id],
    );
    expect(tickets).toEqual([{ n: 2 }]);
  });

  it('an expired session returns the seats and offers them to the waiting list', async () => {
    const payer = '+15550178002';
    const waiting = '+15550178003';
    await sql("update ticket_tiers set sold = capacity - held - 1 where code = 'vip'");
    try {
      const session = await reserveVip(payer, 1);
      const soldOut = await say(waiting, '1 VIP ticket', /sold out/);
      expect(soldOut).toMatch(/Join waiting list/);
      await say(waiting, '1', /waiting list/i);
      const before = messagesTo(app, waiting).length;
      const res = await postStripeEvent(app.baseUrl, sessionExpired(stripe().expire(session.id)));
      expect(res.status).toBe(200);
      await nextMessageTo(app, payer, /wasn't paid in time/, 0);
      const offer = await nextMessageTo(app, waiting, /Claim/, before);
      expect(offer.body).toMatch(/VIP/);
      expect(await orderOf(payer)).toMatchObject([{ status: 'expired' }]);
      const [charge] = await sql<{ status: string }>(
        "select p.status from payments p join orders o on o.id = p.order_id join contacts c on c.id = o.contact_id where c.phone = ? and p.kind = 'charge'",
        [payer],
      );
      expect(charge?.status).toBe('expired');
    } finally {
      await sql("update ticket_tiers set sold = 2 where code = 'vip'");
    }
  });

  it('a payment after the hold expired and the seats were sold is refunded in full, and the person told', async () => {
    const phone = '+15550178004';
    const session = await reserveVip(phone, 1);
    const [order] = await orderOf(phone);
    // The hold runs out unpaid and the seat is sold to someone else.
    await sql("update orders set reserved_until = now() - interval '1 minute' where id = ?", [order!.id]);
    const { runReservationExpiry } = await import('../../jobs/reservation-expiry.job.js');
    await runReservationExpiry({ em: app.deps.db.em, queues: app.deps.queues, clock: () => new Date() });
    const vip = await tier('vip');
    await sql("update ticket_tiers set sold = capacity - held where code = 'vip'");
    try {
      const before = messagesTo(app, phone).length;
      const res = await postStripeEvent(app.baseUrl, sessionCompleted(stripe().pay(session.id)));
      expect(res.status).toBe(200);
      const told = await nextMessageTo(app, phone, /arrived after your seat hold ended/, before);
      expect(told.body).toContain('refunding the full €499.00');
      await nextMessageTo(app, phone, /Your refund of €499\.00 for order DS26-.+ is done/, before);
      const refunds = stripe().refunds.filter((r) => r.payment_intent === session.payment_intent);
      expect(refunds).toMatchObject([{ amount: 49_900, status: 'succeeded' }]);
      const rows = await sql<{ kind: string; status: string; reason: string | null; amount_cents: number }>(
        'select kind, status, reason, amount_cents from payments where order_id = ? order by created_at',
        [order!.id],
      );
      expect(rows).toEqual([
        { kind: 'charge', status: 'succeeded', reason: null, amount_cents: 49_900 },
        { kind: 'refund', status: 'succeeded', reason: 'late_payment', amount_cents: 49_900 },
      ]);
      expect(await orderOf(phone)).toMatchObject([{ status: 'refunded' }]);
      const tickets = await sql<{ n: number }>(
        "select count(*)::int as n from tickets where order_id = ? and status = 'valid'",
        [order!.id],
      );
      expect(tickets).toEqual([{ n: 0 }]);
    } finally {
      await sql('update ticket_tiers set sold = ? where code = ?', [vip!.sold, 'vip']);
    }
  });

  it('refuses a forged, stale or unsigned Stripe webhook with 400 and changes nothing', async () => {
    const phone = '+15550178005';
    const session = await reserveVip(phone, 1);
    const event = sessionCompleted(stripe().pay(session.id));
    const forged = await postStripeEvent(app.baseUrl, event, { secret: 'whsec_not_ours' });
    const stale = await postStripeEvent(app.baseUrl, event, {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    const unsigned = await postStripeEvent(app.baseUrl, event, { signature: null });
    const tampered = await postStripeEvent(app.baseUrl, event, {
      body: JSON.stringify({ ...event, data: { object: { ...event.data.object, amount_total: 1 } } }),
    });
    expect([forged.status, stale.status, unsigned.status, tampered.status]).toEqual([400, 400, 400, 400]);
    await drainQueues(app.deps.queues);
    expect(await orderOf(phone)).toMatchObject([{ status: 'reserved' }]);
    const stored = await sql<{ n: number }>(
      'select count(*)::int as n from payment_events where external_id = ?',
      [event.id],
    );
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('acknowledges an event for an unknown session and changes nothing', async () => {
    const unknown = {
      ...stripe().sessions[0]!,
      id: 'cs_test_unknown',
      metadata: {},
      client_reference_id: null,
    };
    const res = await postStripeEvent(app.baseUrl, sessionCompleted(unknown));
    expect(res.status).toBe(200);
    await drainQueues(app.deps.queues);
    const [row] = await sql<{ outcome: string }>(
      "select outcome from payment_events where facts->>'sessionId' = 'cs_test_unknown'",
    );
    expect(row?.outcome).toBe('unknown_session');
  });
});
