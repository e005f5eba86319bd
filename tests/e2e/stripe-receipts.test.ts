import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCheckoutSession } from '../fakes/fake-stripe-api.js';
import { postStripeEvent, sessionCompleted, stripeEvent } from '../fixtures/stripe-events.js';
import { drainQueues } from '../support/drain-queues.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo, sayAndAwait } from '../support/whatsapp-inbox.js';

/**
 * Issue 17, item 4 — receipts: a paid order's confirmation says the amount, the VAT it includes (the demo
 * event sets 23 %) and Stripe's receipt link. The link is read from the PaymentIntent on
 * `checkout.session.completed`; when Stripe has no receipt yet, the tickets go without it and the link follows
 * with `charge.succeeded` — exactly once, whatever order the signed events arrive in. Also: the attendee's
 * language reaches the Checkout page and the words, and a released reservation's session is closed at Stripe.
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

const say = async (phone: string, body: string, expected: RegExp) =>
  (await sayAndAwait(app, phone, body, expected)).body ?? '';

/** Books VIP tickets in English and returns the session its Checkout link points at. */
async function reserveVip(phone: string, quantity: number): Promise<FakeCheckoutSession> {
  await say(phone, `${quantity} VIP ticket${quantity === 1 ? '' : 's'}`, /Shall I book\?/);
  const before = messagesTo(app, phone).length;
  await say(phone, '1', /Reserved: .* VIP — order DS26-/);
  const link = await nextMessageTo(app, phone, /securely with Stripe/, before);
  return sessionOf(link.body ?? '');
}

const sessionOf = (text: string) => {
  const url = /https:\/\/checkout\.stripe\.com\/\S+/.exec(text)?.[0];
  const session = stripe().sessions.find((s) => s.url === url);
  expect(session, 'the link is the session url Stripe returned').toBeDefined();
  return session!;
};

const chargeSucceeded = (session: FakeCheckoutSession) =>
  stripeEvent('charge.succeeded', {
    id: `ch_${session.payment_intent!.slice(3)}`,
    object: 'charge',
    payment_intent: session.payment_intent,
    receipt_url: stripe().receiptUrlOf(session),
  });

/** Everything the person got after `before` that carries the receipt link. */
const receiptMentions = (phone: string, session: FakeCheckoutSession, before: number) =>
  messagesTo(app, phone)
    .slice(before)
    .filter((m) => m.body?.includes(stripe().receiptUrlOf(session)));

async function withReceiptsLate<T>(run: () => Promise<T>): Promise<T> {
  stripe().receiptsReady = false;
  try {
    return await run();
  } finally {
    stripe().receiptsReady = true;
  }
}

describe('receipts of paid orders', () => {
  it('the confirmation says the amount, the VAT line and the receipt read from Stripe; charge.succeeded adds nothing', async () => {
    const phone = '+15550177001';
    const session = await reserveVip(phone, 2);
    const paid = stripe().pay(session.id);
    const before = messagesTo(app, phone).length;
    expect((await postStripeEvent(app.baseUrl, sessionCompleted(paid))).status).toBe(200);
    const tickets = await nextMessageTo(app, phone, /Payment of €998\.00 received/, before);
    // 998.00 incl. 23 % VAT: 998 × 23 / 123 = 186.62.
    expect(tickets.body).toContain('incl. VAT 23 %: €186.62');
    expect(tickets.body).toContain(`Receipt: ${stripe().receiptUrlOf(paid)}`);
    const intents = stripe().requests.filter((r) => r.path === `/v1/payment_intents/${paid.payment_intent}`);
    expect(intents).toHaveLength(1);

    await Promise.all([
      postStripeEvent(app.baseUrl, chargeSucceeded(paid)),
      postStripeEvent(app.baseUrl, chargeSucceeded(paid)),
    ]);
    await drainQueues(app.deps.queues);
    expect(receiptMentions(phone, paid, before)).toHaveLength(1);
    const [row] = await sql<{ receipt_url: string; receipt_sent_at: Date | null }>(
      "select receipt_url, receipt_sent_at from payments where payment_intent_id = ? and kind = 'charge'",
      [paid.payment_intent],
    );
    expect(row?.receipt_url).toBe(stripe().receiptUrlOf(paid));
    expect(row?.receipt_sent_at).not.toBeNull();
  });

  it('no receipt at Stripe yet: the tickets go without it, and charge.succeeded (sent twice) brings the link once', async () => {
    const phone = '+15550177002';
    const session = await reserveVip(phone, 1);
    const paid = stripe().pay(session.id);
    const before = messagesTo(app, phone).length;
    await withReceiptsLate(async () => {
      expect((await postStripeEvent(app.baseUrl, sessionCompleted(paid))).status).toBe(200);
      const tickets = await nextMessageTo(app, phone, /Payment of €499\.00 received/, before);
      expect(tickets.body).toContain('incl. VAT 23 %: €93.31');
      expect(tickets.body).not.toContain('Receipt:');
    });
    const charge = chargeSucceeded(paid);
    await Promise.all([
      postStripeEvent(app.baseUrl, charge),
      postStripeEvent(app.baseUrl, charge),
      postStripeEvent(app.baseUrl, chargeSucceeded(paid)),
    ]);
    const later = await nextMessageTo(app, phone, /Your Stripe receipt for order DS26-/, before);
    expect(later.body).toContain(`(€499.00): ${stripe().receiptUrlOf(paid)}`);
    await drainQueues(app.deps.queues);
    expect(receiptMentions(phone, paid, before)).toHaveLength(1);
  });

  it('charge.succeeded before checkout.session.completed: the tickets carry the receipt, and nothing follows', async () => {
    const phone = '+15550177003';
    const session = await reserveVip(phone, 1);
    const paid = stripe().pay(session.id);
    const before = messagesTo(app, phone).length;
    await withReceiptsLate(async () => {
      expect((await postStripeEvent(app.baseUrl, chargeSucceeded(paid))).status).toBe(200);
      await drainQueues(app.deps.queues);
      expect((await postStripeEvent(app.baseUrl, sessionCompleted(paid))).status).toBe(200);
      const tickets = await nextMessageTo(app, phone, /Payment of €499\.00 received/, before);
      expect(tickets.body).toContain(`Receipt: ${stripe().receiptUrlOf(paid)}`);
    });
    await postStripeEvent(app.baseUrl, chargeSucceeded(paid));
    await drainQueues(app.deps.queues);
    expect(receiptMentions(phone, paid, before)).toHaveLength(1);
  });

  it('both events at once, several times: one confirmation, the receipt link exactly once', async () => {
    for (const [i, phone] of ['+15550177004', '+15550177005', '+15550177006'].entries()) {
      const session = await reserveVip(phone, 1);
      const paid = stripe().pay(session.id);
      const before = messagesTo(app, phone).length;
      await withReceiptsLate(async () => {
        const completed = sessionCompleted(paid);
        const charge = chargeSucceeded(paid);
        const events = i % 2 === 0 ? [charge, completed, charge] : [completed, charge, completed];
        const posts = await Promise.all(events.map((e) => postStripeEvent(app.baseUrl, e)));
        expect(posts.map((r) => r.status)).toEqual([200, 200, 200]);
        await nextMessageTo(app, phone, /Payment of €499\.00 received/, before);
        await drainQueues(app.deps.queues);
      });
      const sent = messagesTo(app, phone).slice(before);
      expect(sent.filter((m) => /received/.test(m.body ?? ''))).toHaveLength(1);
      expect(receiptMentions(phone, paid, before)).toHaveLength(1);
    }
  });
});

describe('in the attendee language', () => {
  it('a Portuguese attendee gets the Checkout link (and a Portuguese Checkout page) and the receipt in Portuguese', async () => {
    const phone = '+351910177007';
    await say(phone, 'quero 1 bilhete vip', /Confirmar|reservar/i);
    const before = messagesTo(app, phone).length;
    const reserved = await say(phone, '1', /^Reservado: 1 bilhete, VIP — encomenda DS26-/);
    // Intl writes a no-break space before the euro sign in Portuguese.
    expect(reserved).toMatch(/Total 499,00\s€/);
    const link = await nextMessageTo(app, phone, /em segurança com a Stripe/, before);
    expect(link.body).toMatch(/^Pague 499,00\s€ pela encomenda DS26-/);
    const session = sessionOf(link.body ?? '');
    expect(session.locale).toBe('pt');

    const paid = stripe().pay(session.id);
    const beforePaid = messagesTo(app, phone).length;
    await postStripeEvent(app.baseUrl, sessionCompleted(paid));
    const tickets = await nextMessageTo(app, phone, /Pagamento de 499,00\s€ recebido/, beforePaid);
    expect(tickets.body).toMatch(/IVA incluído 23 %: 93,31\s€/);
    expect(tickets.body).toContain(`Recibo: ${stripe().receiptUrlOf(paid)}`);
  });
});

describe('a released reservation cannot be paid', () => {
  const chargeOf = async (sessionId: string) =>
    (await sql<{ status: string }>('select status from payments where external_id = ?', [sessionId]))[0];
  const expireCalls = (sessionId: string) =>
    stripe().requests.filter((r) => r.path === `/v1/checkout/sessions/${sessionId}/expire`);

  it('cancelling an unpaid reservation expires its Checkout Session at Stripe, once', async () => {
    const phone = '+15550177008';
    const session = await reserveVip(phone, 1);
    await say(phone, 'cancel my booking', /Cancel your whole VIP booking/);
    await say(phone, '1', /cancelled 1 ticket/);
    await drainQueues(app.deps.queues);
    expect(session.status).toBe('expired');
    expect(expireCalls(session.id)).toMatchObject([{ status: 200 }]);
    expect(await chargeOf(session.id)).toEqual({ status: 'expired' });
    // Stripe then tells us the session expired: nothing more happens.
    const before = messagesTo(app, phone).length;
    await postStripeEvent(app.baseUrl, stripeEvent('checkout.session.expired', session));
    await drainQueues(app.deps.queues);
    expect(messagesTo(app, phone).slice(before)).toEqual([]);
  });

  it('some tickets of a reservation with an open Checkout Session are not cancelled: the session charges them all', async () => {
    const phone = '+15550177018';
    const session = await reserveVip(phone, 2);
    await say(phone, 'cancel 1 ticket', /Cancel 1 of your 2 VIP tickets|cancel 1/i);
    const refused = await say(phone, '1', /payment link is for all 2 tickets/);
    expect(refused).toMatch(/cancel the whole reservation/);
    const [order] = await sql<{ quantity: number; status: string }>(
      `select o.quantity, o.status from orders o join contacts c on c.id = o.contact_id where c.phone = ?`,
      [phone],
    );
    expect(order).toEqual({ quantity: 2, status: 'reserved' });
    expect(session.status).toBe('open');
  });

  it('a hold that runs out expires the session at Stripe; one already closed there is fine', async () => {
    const phone = '+15550177009';
    const other = '+15550177010';
    const session = await reserveVip(phone, 1);
    const closed = await reserveVip(other, 1);
    stripe().expire(closed.id); // Stripe already closed this one on its own.
    await sql(
      "update orders set reserved_until = now() - interval '1 minute' where id in (?, ?) and status = 'reserved'",
      [session.metadata.order_id, closed.metadata.order_id],
    );
    const { runReservationExpiry } = await import('../../jobs/reservation-expiry.job.js');
    await runReservationExpiry({ em: app.deps.db.em, queues: app.deps.queues, clock: () => new Date() });
    await drainQueues(app.deps.queues);
    expect(session.status).toBe('expired');
    expect(expireCalls(session.id)).toMatchObject([{ status: 200 }]);
    expect(expireCalls(closed.id)).toMatchObject([{ status: 400 }]);
    expect(await chargeOf(session.id)).toEqual({ status: 'expired' });
    expect(await chargeOf(closed.id)).toEqual({ status: 'expired' });
  });

  it('a payment that still completes for a cancelled booking is refunded in full, and the person told', async () => {
    const phone = '+15550177011';
    const session = await reserveVip(phone, 1);
    const paid = stripe().pay(session.id); // paid at Stripe just before the cancel reached it
    await say(phone, 'cancel my booking', /Cancel your whole VIP booking/);
    await say(phone, '1', /cancelled 1 ticket/);
    const before = messagesTo(app, phone).length;
    expect((await postStripeEvent(app.baseUrl, sessionCompleted(paid))).status).toBe(200);
    await nextMessageTo(app, phone, /arrived after your seat hold ended/, before);
    await nextMessageTo(app, phone, /Your refund of €499\.00 for order DS26-.+ is done/, before);
    expect(stripe().refunds.filter((r) => r.payment_intent === paid.payment_intent)).toMatchObject([
      { amount: 49_900, status: 'succeeded' },
    ]);
    const [order] = await sql<{ status: string }>('select status from orders where id = ?', [
      paid.metadata.order_id,
    ]);
    expect(order?.status).toBe('refunded');
  });
});

describe('taps on Pay', () => {
  const tapPay = (phone: string, orderId: string) =>
    postTwilio(app.baseUrl, '/webhooks/twilio/whatsapp', {
      ...whatsappText(phone, 'Pay now', newMessageSid()),
      ButtonPayload: `act:pay-order:${orderId}`,
      ButtonText: 'Pay now',
    });

  it('a double tap sends the same link, one session; after paying it shows the tickets; another number cannot pay it', async () => {
    const phone = '+15550177012';
    const session = await reserveVip(phone, 1);
    const orderId = session.metadata.order_id!;
    const before = messagesTo(app, phone).length;
    const taps = await Promise.all([tapPay(phone, orderId), tapPay(phone, orderId)]);
    expect(taps.map((r) => r.status)).toEqual([200, 200]);
    await nextMessageTo(app, phone, /securely with Stripe/, before);
    await drainQueues(app.deps.queues);
    const links = messagesTo(app, phone)
      .slice(before)
      .filter((m) => /securely with Stripe/.test(m.body ?? ''));
    expect(links.map((m) => sessionOf(m.body ?? '').id)).toEqual([session.id, session.id]);
    expect(stripe().sessions.filter((s) => s.metadata.order_id === orderId)).toHaveLength(1);

    const stranger = '+15550177013';
    await say(stranger, 'hi', /./);
    const beforeStranger = messagesTo(app, stranger).length;
    await tapPay(stranger, orderId);
    await nextMessageTo(app, stranger, /I couldn't find that order for your number/, beforeStranger);

    await postStripeEvent(app.baseUrl, sessionCompleted(stripe().pay(session.id)));
    await nextMessageTo(app, phone, /Payment of €499\.00 received/, before);
    const beforeAgain = messagesTo(app, phone).length;
    await tapPay(phone, orderId);
    await nextMessageTo(app, phone, /already paid — here are your tickets again/, beforeAgain);
    expect(stripe().sessions.filter((s) => s.metadata.order_id === orderId)).toHaveLength(1);
  });
});
