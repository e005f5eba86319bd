import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { holderCancels, soldOutTo } from '../support/sold-out-tier.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo, sayAndAwait } from '../support/whatsapp-inbox.js';

const INBOUND = '/webhooks/twilio/whatsapp';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const to = (phone: string) => messagesTo(app, phone);

const say = (phone: string, body: string, expected: RegExp) => sayAndAwait(app, phone, body, expected);

const waitFor = (phone: string, expected: RegExp, after: number) =>
  nextMessageTo(app, phone, expected, after);

describe('a waiting list over signed Twilio webhooks', () => {
  it('joins a sold-out tier with a party size, gets an offer when seats free up, and claims it with "1"', async () => {
    const phone = '+15550100301';
    const holder = await soldOutTo(app, 'vip', 2);

    const joined = await say(phone, 'put me on the waiting list for VIP, we are 2', /waiting list/);
    expect(joined.body).toMatch(/You're on the VIP waiting list for a party of 2 — you're first in line/);
    const where = await say(phone, 'where am I on the waiting list?', /in line/);
    expect(where.body).toMatch(/VIP \(a party of 2\): you're first in line/);

    const before = to(phone).length;
    await holderCancels(app, holder);
    const offer = await waitFor(phone, /Claim/, before);
    expect(offer.body).toMatch(/2 seats for VIP/);
    expect(offer.body).toMatch(/€998\.00 in total/);
    expect(offer.body).toMatch(/1\. Claim\n2\. Pass/);

    const booked = await say(phone, '1', /[Rr]eserved/);
    expect(booked.body).toContain('€998.00');
    const [order] = await sql<{ status: string; quantity: number; idempotency_key: string }>(
      `select o.status, o.quantity, o.idempotency_key from orders o join contacts c on c.id = o.contact_id
        where c.phone = ?`,
      [phone],
    );
    expect(order).toMatchObject({ status: 'reserved', quantity: 2 });
    expect(order?.idempotency_key).toMatch(/^offer:/);
    const [entry] = await sql<{ status: string; promotion: string }>(
      `select w.status, p.status as promotion from waitlists w join contacts c on c.id = w.contact_id
         join waitlist_promotions p on p.entry_id = w.id where c.phone = ?`,
      [phone],
    );
    expect(entry).toEqual({ status: 'claimed', promotion: 'claimed' });
    const [tier] = await sql<{ sold: number; held: number; capacity: number }>(
      'select sold, held, capacity from ticket_tiers where id = ?',
      [holder.tierId],
    );
    expect(tier).toEqual({ sold: 0, held: 2, capacity: 2 }); // held for payment of the claimed reservation

    // The same Claim tapped again (a quick-reply button, as in the template): no second order.
    const [promotion] = await sql<{ id: string }>(
      `select p.id from waitlist_promotions p join waitlists w on w.id = p.entry_id
         join contacts c on c.id = w.contact_id where c.phone = ?`,
      [phone],
    );
    const tapBefore = to(phone).length;
    const tap = await postTwilio(app.baseUrl, INBOUND, {
      ...whatsappText(phone, 'Claim'),
      ButtonPayload: `act:claim-offer:${promotion!.id}`,
      ButtonText: 'Claim',
    });
    expect(tap.status).toBe(200);
    const again = await waitFor(phone, /already claimed/, tapBefore);
    expect(again.body).toMatch(/You already claimed this offer/);
    const orders = await sql(
      'select o.id from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(orders).toHaveLength(1);
  });

  it('asks how many people, and a Pass sends the seat straight to the next person, who claims by name', async () => {
    const first = '+15550100302';
    const second = '+15550100303';
    const holder = await soldOutTo(app, 'expo', 1);

    const question = await say(first, 'join the waiting list for the expo pass', /How many people/);
    expect(question.body).toMatch(/1\. Just me/);
    await say(first, '1', /first in line/);
    await say(second, 'join the waiting list for the expo pass', /How many people/);
    const secondJoined = await say(second, '1', /in line/);
    expect(secondJoined.body).toMatch(/#2 in line — 1 group \(1 person\) ahead of you/);

    const before = to(first).length;
    await holderCancels(app, holder);
    await waitFor(first, /Claim/, before);

    const secondBefore = to(second).length;
    const passed = await say(first, '2', /passed/);
    expect(passed.body).toMatch(/taken you off the Expo Pass waiting list/);
    const offer = await waitFor(second, /Claim/, secondBefore);
    expect(offer.body).toMatch(/1 seat for Expo Pass/);

    const booked = await say(second, 'Claim', /You're in|ticket/);
    expect(booked.body).toMatch(/Expo Pass/);
    const qr = await eventually(
      async () => to(second).find((m) => m.mediaUrl.length > 0),
      10_000,
      'a QR image',
    );
    expect(qr.mediaUrl[0]).toMatch(/\/media\/tickets\/.+\.png\?sig=/);
    const states = await sql<{ phone: string; status: string }>(
      `select c.phone, w.status from waitlists w join contacts c on c.id = w.contact_id
        where c.phone in (?) order by c.phone`,
      [[first, second]],
    );
    expect(states).toEqual([
      { phone: first, status: 'left' },
      { phone: second, status: 'claimed' },
    ]);
    const [tier] = await sql<{ sold: number; held: number }>(
      'select sold, held from ticket_tiers where id = ?',
      [holder.tierId],
    );
    expect(tier).toEqual({ sold: 1, held: 0 });
  });
});
