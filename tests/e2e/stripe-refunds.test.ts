import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCheckoutSession } from '../fakes/fake-stripe-api.js';
import { postStripeEvent, refundUpdated, sessionCompleted, stripeEvent } from '../fixtures/stripe-events.js';
import { drainQueues } from '../support/drain-queues.js';
import { feedPosts, runFeedSweep } from '../support/feed-sweep.js';
import { ORGANIZER_SLACK_ID, postButton, postCommand } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { messagesTo, nextMessageTo, sayAndAwait } from '../support/whatsapp-inbox.js';

/**
 * Issue 17, refunds by the event's policy: the demo event refunds in full until 26 November, 50 % until
 * 3 December, nothing after. The bot's clock is fixed on 1 December (Lisbon), so a cancellation refunds half,
 * shown before Confirm, issued through Stripe once, recorded on payments, and the attendee told once.
 */
const FIRST_OF_DECEMBER = new Date('2026-12-01T12:00:00Z');
const clock = () => FIRST_OF_DECEMBER;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ stripe: { clock }, slack: true });
  app.deps.pipeline.clock = clock;
});
afterAll(async () => {
  await app?.close();
});

const stripe = () => app.stripeApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

const say = async (phone: string, body: string, expected: RegExp) =>
  (await sayAndAwait(app, phone, body, expected)).body ?? '';

/** Books and pays one VIP ticket through Checkout; returns the paid session. */
async function paidVip(phone: string): Promise<FakeCheckoutSession> {
  await say(phone, '1 VIP ticket', /Shall I book\?/);
  const before = messagesTo(app, phone).length;
  await say(phone, '1', /Reserved/);
  const link = await nextMessageTo(app, phone, /securely with Stripe/, before);
  const session = stripe().sessions.find((s) => link.body?.includes(s.url))!;
  const paid = stripe().pay(session.id);
  expect((await postStripeEvent(app.baseUrl, sessionCompleted(paid))).status).toBe(200);
  await nextMessageTo(app, phone, /Payment of €499\.00 received/, before);
  return paid;
}

const refundsOf = (phone: string) =>
  sql<{
    status: string;
    amount_cents: number;
    refund_percent: number;
    requested_by: string;
    external_id: string;
  }>(
    `select p.status, p.amount_cents, p.refund_percent, p.requested_by, p.external_id
       from payments p join orders o on o.id = p.order_id join contacts c on c.id = o.contact_id
      where c.phone = ? and p.kind = 'refund'`,
    [phone],
  );

describe('refunds by the event policy, through Stripe', () => {
  it('a cancellation on 1 December shows and refunds 50 %, once', async () => {
    const phone = '+15550179001';
    const paid = await paidVip(phone);
    const question = await say(phone, 'cancel my booking', /Cancel your whole VIP booking/);
    expect(question).toContain(
      "You get a 50% refund of €249.50 to your card under the event's refund policy (50% back until 3 Dec)",
    );
    const before = messagesTo(app, phone).length;
    const done = await say(phone, '1', /cancelled 1 ticket/);
    expect(done).toContain('Your refund of €249.50 is on its way to your card');
    await nextMessageTo(app, phone, /Your refund of €249\.50 for order DS26-.+ is done/, before);

    const [refund] = stripe().refunds;
    expect(refund).toMatchObject({
      amount: 24_950,
      payment_intent: paid.payment_intent,
      status: 'succeeded',
    });
    const keys = stripe()
      .requests.filter((r) => r.path === '/v1/refunds')
      .map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^refund:[0-9a-f-]{36}$/);
    // Stripe's own events about the same refund change nothing more and tell nobody twice.
    await postStripeEvent(app.baseUrl, refundUpdated(refund!, 'succeeded'));
    await postStripeEvent(
      app.baseUrl,
      stripeEvent('charge.refunded', {
        id: 'ch_x',
        object: 'charge',
        payment_intent: paid.payment_intent,
        amount_refunded: 24_950,
      }),
    );
    await drainQueues(app.deps.queues);
    expect(
      messagesTo(app, phone)
        .slice(before)
        .filter((m) => /is done/.test(m.body ?? '')),
    ).toHaveLength(1);
    const rows = await refundsOf(phone);
    expect(rows).toEqual([
      {
        status: 'succeeded',
        amount_cents: 24_950,
        refund_percent: 50,
        requested_by: expect.stringMatching(/^contact:/),
        external_id: refund!.id,
      },
    ]);
    const [order] = await sql<{ status: string }>(
      'select o.status from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(order?.status).toBe('refunded');
  });

  it('a refund Stripe completes later is told once, when refund.updated or charge.refunded arrives', async () => {
    const phone = '+15550179002';
    const paid = await paidVip(phone);
    stripe().refundStatus = 'pending';
    try {
      await say(phone, 'cancel my booking', /Cancel your whole VIP booking/);
      const before = messagesTo(app, phone).length;
      await say(phone, '1', /on its way to your card/);
      const [refund] = await stripe().waitForRefunds(2);
      const pending = stripe().refunds.find((r) => r.payment_intent === paid.payment_intent)!;
      expect(refund).toBeDefined();
      await drainQueues(app.deps.queues);
      expect((await refundsOf(phone))[0]?.status).toBe('pending');
      const updated = refundUpdated(pending, 'succeeded');
      const posts = await Promise.all([
        postStripeEvent(app.baseUrl, updated),
        postStripeEvent(app.baseUrl, updated),
        postStripeEvent(
          app.baseUrl,
          stripeEvent('charge.refunded', {
            id: 'ch_y',
            object: 'charge',
            payment_intent: paid.payment_intent,
            amount_refunded: 24_950,
          }),
        ),
      ]);
      expect(posts.map((r) => r.status)).toEqual([200, 200, 200]);
      await nextMessageTo(app, phone, /Your refund of €249\.50 .* is done/, before);
      await drainQueues(app.deps.queues);
      expect(
        messagesTo(app, phone)
          .slice(before)
          .filter((m) => /is done/.test(m.body ?? '')),
      ).toHaveLength(1);
      expect((await refundsOf(phone))[0]?.status).toBe('succeeded');
    } finally {
      stripe().refundStatus = 'succeeded';
    }
  });

  it("a refund Stripe refuses reaches the organizers' feed once, with the order and amount, and the attendee is told the team is on it", async () => {
    const phone = '+15550179006';
    const paid = await paidVip(phone);
    stripe().refundsRefused = true;
    try {
      await say(phone, 'cancel my booking', /Cancel your whole VIP booking/);
      const before = messagesTo(app, phone).length;
      await say(phone, '1', /on its way to your card/);
      const told = await nextMessageTo(app, phone, /didn't go through/, before);
      expect(told.body).toMatch(
        /^Your refund of €249\.50 for order DS26-\S+ didn't go through on Stripe's side\. Our team has been told and is on it/,
      );
    } finally {
      stripe().refundsRefused = false;
    }
    await drainQueues(app.deps.queues);
    const reference = await orderReference(phone);
    expect((await refundsOf(phone)).map((r) => r.status)).toEqual(['failed']);
    expect(stripe().refunds.filter((r) => r.payment_intent === paid.payment_intent)).toEqual([]);
    const alerts = await feedAlerts(reference);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('€249.50');
    await sweep();
    await sweep();
    expect(feed().filter((text) => text.includes(reference))).toEqual([alerts[0]]);
  });

  it('refund.updated with status failed (sent twice) is alerted once and told once', async () => {
    const phone = '+15550179007';
    const paid = await paidVip(phone);
    stripe().refundStatus = 'pending';
    try {
      await say(phone, 'cancel my booking', /Cancel your whole VIP booking/);
      const before = messagesTo(app, phone).length;
      await say(phone, '1', /on its way to your card/);
      await drainQueues(app.deps.queues);
      const refund = stripe().refunds.find((r) => r.payment_intent === paid.payment_intent)!;
      const failed = refundUpdated(refund, 'failed');
      await Promise.all([
        postStripeEvent(app.baseUrl, failed),
        postStripeEvent(app.baseUrl, failed),
        postStripeEvent(app.baseUrl, refundUpdated(refund, 'failed')),
      ]);
      await nextMessageTo(app, phone, /didn't go through/, before);
      await drainQueues(app.deps.queues);
      const sent = messagesTo(app, phone).slice(before);
      expect(sent.filter((m) => /didn't go through/.test(m.body ?? ''))).toHaveLength(1);
      expect(sent.filter((m) => /is done/.test(m.body ?? ''))).toHaveLength(0);
      expect(await feedAlerts(await orderReference(phone))).toHaveLength(1);
      expect((await refundsOf(phone)).map((r) => r.status)).toEqual(['failed']);
    } finally {
      stripe().refundStatus = 'succeeded';
    }
  });

  it('/eventos refund <ref>: an organizer refunds in full, recorded with who did it; staff and bad input change nothing', async () => {
    const phone = '+15550179003';
    const paid = await paidVip(phone);
    const [order] = await sql<{ id: string; reference: string }>(
      'select o.id, o.reference from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    const staff = await slash(`refund ${order!.reference}`, 'U0ORG0002');
    expect(JSON.stringify(staff.ack)).toMatch(/organizers and staff|organizer/i);
    expect(await slashAnswer(`refund nothing-like-it`)).toBe(
      'No order or ticket of this event matches “nothing-like-it”.',
    );
    expect(JSON.stringify((await slash('refund')).ack)).toMatch(/Usage: `\/eventos refund/);

    const before = messagesTo(app, phone).length;
    const note = await slashAnswer(`refund ${order!.reference.toLowerCase()}`);
    expect(note).toBe(
      `💸 Refunded \`${order!.reference}\` in full: €499.00 through Stripe (the attendee is told when it completes); 1 ticket cancelled and the seats freed.`,
    );
    await nextMessageTo(
      app,
      phone,
      /The organizers have cancelled your booking .* refunded it in full: €499\.00/,
      before,
    );
    await nextMessageTo(app, phone, /Your refund of €499\.00 .* is done/, before);
    expect(stripe().refunds.filter((r) => r.payment_intent === paid.payment_intent)).toMatchObject([
      { amount: 49_900, status: 'succeeded' },
    ]);
    expect(await refundsOf(phone)).toMatchObject([
      {
        status: 'succeeded',
        amount_cents: 49_900,
        refund_percent: 100,
        requested_by: `slack:${ORGANIZER_SLACK_ID}`,
      },
    ]);
    const audit = await sql<{ actor: string }>(
      "select actor from audit_log where action = 'order.refunded' and subject = ?",
      [order!.id],
    );
    expect(audit).toEqual([{ actor: `slack:${ORGANIZER_SLACK_ID}` }]);
    // Again: already refunded, nothing more.
    expect(await slashAnswer(`refund ${order!.reference}`)).toBe(
      `\`${order!.reference}\` is already refunded — nothing changed.`,
    );
    expect(stripe().refunds.filter((r) => r.payment_intent === paid.payment_intent)).toHaveLength(1);
  });

  it('/eventos refund of a free ticket says there is nothing to refund', async () => {
    const phone = '+15550179004';
    await say(phone, 'book a free expo pass', /Shall I book\?|How many/);
    const booked = await say(phone, '1', /You're booked|Shall I book\?/);
    if (!/booked/.test(booked)) await say(phone, '1', /You're booked/);
    const [order] = await sql<{ reference: string }>(
      'select o.reference from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(await slashAnswer(`refund ${order!.reference}`)).toBe(
      `\`${order!.reference}\` is a free booking — there is nothing to refund.`,
    );
  });

  it('/eventos price: bad input is refused; a confirmed change is recorded; a summary shown before it asks again', async () => {
    expect(await slashAnswer('price vip -5')).toMatch(/“-5” is not a price/);
    expect(await slashAnswer('price vip free')).toMatch(/“free” is not a price/);
    expect(await slashAnswer('price platinum 10')).toBe('There is no tier called “platinum”.');
    expect(await slashAnswer('price vip 499')).toBe('vip already costs €499.00 — nothing changed.');

    // An attendee sees the €499 summary; then the organizer raises the price.
    const phone = '+15550179005';
    await say(phone, '1 VIP ticket', /1 × VIP at €499\.00/);
    const preview = (await (await slash('price vip 549 demand is high')).response()) as {
      text: string;
      blocks: { type: string; elements?: { action_id: string; value: string }[] }[];
    };
    expect(preview.text).toMatch(
      /Price of vip: €499\.00 → €549\.00 \(demand is high\)\. .*Nothing changes until you confirm/,
    );
    const confirm = preview.blocks.find((b) => b.type === 'actions')!.elements![0]!;
    expect(confirm.action_id).toBe('price_confirm');
    const [before] = await sql<{ price_cents: number }>(
      "select price_cents from ticket_tiers where code = 'vip'",
    );
    expect(before?.price_cents).toBe(49_900);
    expect(await click('price_confirm', confirm.value)).toBe(
      '✅ vip now costs €549.00 (was €499.00). Recorded in the price history.',
    );
    expect(await click('price_confirm', confirm.value)).toMatch(/already confirmed/);
    const rows = await sql<{
      old_price_cents: number;
      new_price_cents: number;
      reason: string;
      applied_by: string;
    }>(
      "select h.old_price_cents, h.new_price_cents, h.reason, h.applied_by from pricing_history h join ticket_tiers t on t.id = h.tier_id where t.code = 'vip'",
    );
    expect(rows).toEqual([
      {
        old_price_cents: 49_900,
        new_price_cents: 54_900,
        reason: 'demand is high',
        applied_by: `slack:${ORGANIZER_SLACK_ID}`,
      },
    ]);
    expect(await slashAnswer('price history vip')).toBe('Price history (newest first)');

    // Confirm on the old summary: nothing booked, the new total shown, asked again.
    const before2 = messagesTo(app, phone).length;
    await say(phone, '1', /1 × VIP at €549\.00 = €549\.00/);
    const told = messagesTo(app, phone)
      .slice(before2)
      .map((m) => m.body ?? '');
    expect(told.join('\n')).toContain(
      'The price of VIP changed since I showed you the total: it is now €549.00',
    );
    const orders = await sql<{ n: number }>(
      'select count(*)::int as n from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(orders).toEqual([{ n: 0 }]);
    await say(phone, '1', /Reserved: 1 ticket, VIP [\s\S]*Total €549\.00/);
  });
});

const orderReference = async (phone: string) =>
  (
    await sql<{ reference: string }>(
      'select o.reference from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    )
  )[0]!.reference;

const feedAlerts = async (reference: string) =>
  (
    await sql<{ text: string }>("select text from feed_posts where kind = 'refund_failed' and text like ?", [
      `%${reference}%`,
    ])
  ).map((r) => r.text);

const feed = () => feedPosts(app);
const sweep = () => runFeedSweep(app);

async function click(actionId: string, value: string): Promise<string> {
  const slack = app.slackApi!;
  const responseUrl = slack.responseUrl();
  expect((await postButton(app.baseUrl, { actionId, value }, { responseUrl })).status).toBe(200);
  const body = await slack.waitFor(
    () => slack.responses.find((r) => r.id === responseUrl.split('/').at(-1))?.body,
    `the answer to ${actionId}`,
  );
  return String(body.text);
}

async function slash(text: string, userId = ORGANIZER_SLACK_ID) {
  const slack = app.slackApi!;
  const responseUrl = slack.responseUrl();
  const id = responseUrl.split('/').at(-1)!;
  const res = await postCommand(app.baseUrl, text, { userId, responseUrl });
  expect(res.status).toBe(200);
  const ack = (await res.json()) as Record<string, unknown>;
  return {
    ack,
    response: () =>
      slack.waitFor(() => slack.responses.find((r) => r.id === id)?.body, `the answer to “${text}”`),
  };
}

const slashAnswer = async (text: string) => (await (await slash(text)).response()).text as string;
