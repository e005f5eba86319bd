import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import {
  keepDemoEventOnSale,
  PUBLIC_BASE_URL,
  startTestApp,
  type TestApp,
} from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

const INBOUND = '/webhooks/twilio/whatsapp';
const REFERENCE = /DS26-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/g;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** Sends one WhatsApp message as Twilio would and returns the `count` messages the bot sent back. */
async function say(from: string, body: string, count = 1): Promise<RecordedTwilioMessage[]> {
  app.twilioApi.reset();
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 10_000);
}

const texts = (sent: RecordedTwilioMessage[]) =>
  sent.filter((m) => m.mediaUrl.length === 0).map((m) => m.body ?? '');
const media = (sent: RecordedTwilioMessage[]) => sent.flatMap((m) => m.mediaUrl);
const tier = async (code: string) =>
  (
    await sql<{ sold: number; held: number }>('select sold, held from ticket_tiers where code = ?', [code])
  )[0];

describe('booking tickets over WhatsApp', () => {
  it('books 2 VIP tickets: summary, confirm, reserve, pay, QR codes; resends them; cancels and frees the seats', async () => {
    const phone = '+15550177001';
    const [summary] = await say(phone, '2 VIP tickets');
    expect(summary?.body).toContain('2 × VIP at €499.00 = €998.00');
    expect(summary?.body).toMatch(/1\. Confirm\n2\. Cancel/);

    const [reserved] = await say(phone, '1');
    expect(reserved?.body).toMatch(/Reserved: 2 tickets, VIP — order DS26-/);
    expect(reserved?.body).toContain('€998.00');
    expect(reserved?.body).toMatch(/1\. Pay now/);
    expect(await tier('vip')).toEqual({ sold: 0, held: 2 });

    const paid = await say(phone, '1', 3);
    const [confirmation] = texts(paid);
    expect(confirmation).toContain('Payment recorded (demo mode: no card was charged)');
    const references = confirmation?.match(REFERENCE) ?? [];
    expect(references).toHaveLength(3); // the order and its two tickets
    const qr = media(paid);
    expect(qr).toHaveLength(2);
    for (const url of qr)
      expect(url).toMatch(new RegExp(`^${PUBLIC_BASE_URL}/media/tickets/DS26-.+\\.png\\?sig=`));
    expect(await tier('vip')).toEqual({ sold: 2, held: 0 });
    const [order] = await sql<{ status: string; payments: number }>(
      `select o.status, (select count(*)::int from payments p where p.order_id = o.id) as payments
         from orders o join contacts c on c.id = o.contact_id where c.phone = ?`,
      [phone],
    );
    expect(order).toEqual({ status: 'confirmed', payments: 1 });

    // The QR link Twilio would fetch serves a PNG.
    const image = await fetch(qr[0]!.replace(PUBLIC_BASE_URL, app.baseUrl));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');

    const again = await say(phone, 'my tickets', 3);
    expect(texts(again)[0]).toContain(references[1]!);
    expect(media(again).sort()).toEqual([...qr].sort());

    const [question] = await say(phone, 'cancel my booking');
    expect(question?.body).toMatch(/Cancel your whole VIP booking DS26-.+ \(2 tickets\)\?/);
    expect(question?.body).toContain('refund of €998.00');
    const [done] = await say(phone, '1');
    expect(done?.body).toMatch(/cancelled 2 tickets and released the seats/);
    expect(await tier('vip')).toEqual({ sold: 0, held: 0 });
    const [cancelled] = await sql<{ status: string }>(
      'select o.status from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(cancelled?.status).toBe('refunded');
    expect((await fetch(qr[0]!.replace(PUBLIC_BASE_URL, app.baseUrl))).status).toBe(404);
  });

  it('books once when the confirming webhook is delivered three times', async () => {
    const phone = '+15550177002';
    await say(phone, 'I want a general ticket');
    app.twilioApi.reset();
    const confirm = whatsappText(phone, '1');
    const statuses = await Promise.all([1, 2, 3].map(() => postTwilio(app.baseUrl, INBOUND, confirm)));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200]);
    const [reply] = await app.twilioApi.waitForMessages(1, 10_000);
    expect(reply?.body).toMatch(/Reserved: 1 ticket, General Admission/);
    const orders = await sql<{ n: number }>(
      'select count(*)::int as n from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(orders).toEqual([{ n: 1 }]);
  });

  it('refuses zero, negative and absurd quantities clearly, booking nothing', async () => {
    const phone = '+15550177003';
    const [zero] = await say(phone, 'book 0 tickets');
    expect(zero?.body).toMatch(/whole number of tickets, 1 or more/);
    const [negative] = await say(phone, 'book -2 vip tickets');
    expect(negative?.body).toMatch(/whole number of tickets, 1 or more — not -2/);
    const [absurd] = await say(phone, 'book 500 vip');
    expect(absurd?.body).toMatch(
      /VIP tickets are limited to 4 per order\. How many VIP tickets would you like \(up to 4\)\?/,
    );
    // The answer to "how many?" resumes the booking.
    const [summary] = await say(phone, '3');
    expect(summary?.body).toContain('3 × VIP at €499.00 = €1,497.00');
    const attempts = await sql<{ reason: string }>(
      `select reason from booking_attempts a join contacts c on c.id = a.contact_id where c.phone = ? order by a.created_at`,
      [phone],
    );
    expect(attempts.map((a) => a.reason)).toEqual(['invalid_quantity', 'invalid_quantity', 'max_per_order']);
    const orders = await sql(
      'select o.id from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(orders).toHaveLength(0);
  });

  it('asks which tier when none is named, then how many', async () => {
    const phone = '+15550177004';
    const [choice] = await say(phone, 'book tickets');
    expect(choice?.body).toMatch(/which ticket type/i);
    expect(choice?.body).toMatch(/VIP — €499\.00/);
    expect(choice?.body).toMatch(/Expo Pass — Free/);
    const pick = choice?.body
      ?.split('\n')
      .find((l) => l.includes('Student'))
      ?.match(/^(\d+)\./)?.[1];
    const [howMany] = await say(phone, pick ?? '3');
    expect(howMany?.body).toMatch(/How many Student tickets would you like \(up to 1\)\?/);
    const [summary] = await say(phone, '1');
    expect(summary?.body).toContain('1 × Student at €49.00 = €49.00');
  });

  it('confirms a free Expo pass at once with its QR code', async () => {
    const phone = '+15550177005';
    const [summary] = await say(phone, 'book a free expo pass');
    const how = summary?.body ?? '';
    const [sum] = how.includes('How many') ? await say(phone, '1') : [summary];
    expect(sum?.body).toMatch(/1 × Expo Pass — free/);
    const booked = await say(phone, '1', 2);
    expect(texts(booked)[0]).toMatch(/You're booked! 🎉/);
    expect(media(booked)).toHaveLength(1);
    const [order] = await sql<{ status: string }>(
      'select o.status from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
      [phone],
    );
    expect(order?.status).toBe('confirmed');
  });

  it('offers the waiting list when a tier is sold out', async () => {
    await sql("update ticket_tiers set sold = capacity - held where code = 'student'");
    try {
      const [reply] = await say('+15550177006', 'book 1 student ticket');
      expect(reply?.body).toMatch(/Student is sold out\. Would you like to join the waiting list\?/);
      expect(reply?.body).toMatch(/1\. Join waiting list/);
    } finally {
      await sql("update ticket_tiers set sold = 0 where code = 'student'");
    }
  });

  it('says when there are no tickets yet', async () => {
    const [reply] = await say('+15550177007', 'my tickets');
    expect(reply?.body).toMatch(/don't have any tickets/);
    expect(reply?.body).toMatch(/1\. Book tickets/);
  });

  it('says so when sales are closed or the event is over, and books nothing', async () => {
    const phone = '+15550177008';
    await sql("update events set sales_open = false where id = 'devsummit-2026'");
    try {
      const [closed] = await say(phone, '2 VIP tickets');
      expect(closed?.body).toMatch(/Ticket sales for DevSummit Lisbon 2026 are closed right now/);
    } finally {
      await sql("update events set sales_open = true where id = 'devsummit-2026'");
    }
    const [{ ends_at: endsAt } = { ends_at: new Date() }] = await sql<{ ends_at: Date }>(
      "select ends_at from events where id = 'devsummit-2026'",
    );
    await sql("update events set ends_at = now() - interval '1 hour' where id = 'devsummit-2026'");
    try {
      const [over] = await say(phone, '2 VIP tickets');
      expect(over?.body).toMatch(/DevSummit Lisbon 2026 is over, so tickets are no longer on sale/);
    } finally {
      await sql("update events set ends_at = ? where id = 'devsummit-2026'", [endsAt]);
    }
    const attempts = await sql<{ reason: string }>(
      'select reason from booking_attempts a join contacts c on c.id = a.contact_id where c.phone = ? order by a.created_at',
      [phone],
    );
    expect(attempts.map((a) => a.reason)).toEqual(['sales_closed', 'event_over']);
  });

  it('cancels some tickets of one of several bookings, picked from a list', async () => {
    const phone = '+15550177009';
    await say(phone, '2 expo passes');
    await say(phone, '1', 3);
    await say(phone, '1 general ticket');
    await say(phone, '1');
    const before = await tier('expo');
    const [which] = await say(phone, 'cancel 1 ticket');
    expect(which?.body).toMatch(/Which booking should I cancel\?/);
    const row = which?.body?.split('\n').find((l) => l.includes('Expo Pass × 2'));
    const [question] = await say(phone, row?.match(/^(\d+)\./)?.[1] ?? '?');
    expect(question?.body).toMatch(/Cancel 1 of the 2 tickets in your Expo Pass booking DS26-/);
    const [done] = await say(phone, '1');
    expect(done?.body).toMatch(
      /cancelled 1 ticket and released the seats\. You still have 1 ticket in that booking/,
    );
    expect(await tier('expo')).toEqual({ sold: before!.sold - 1, held: before!.held });
    const mine = await say(phone, 'my tickets', 3);
    expect(media(mine)).toHaveLength(1);
    expect(texts(mine).some((t) => /Reserved: 1 ticket, General Admission/.test(t))).toBe(true);
  });
});
