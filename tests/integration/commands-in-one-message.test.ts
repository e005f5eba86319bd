import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInline } from '../support/say-inline.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const ordersOf = async (phone: string) =>
  Number(
    (
      await sql<{ n: string }>(
        'select count(*) as n from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
        [phone],
      )
    )[0]?.n,
  );

describe('a message that answers and asks at once', () => {
  it('confirms the pending booking, then answers the question, in that order', async () => {
    const phone = '+15550100701';
    expect(await say(phone, 'book 2 general tickets')).toMatch(/Shall I book\?/);
    const reply = await say(phone, 'yes please — and is there parking?');
    expect(await ordersOf(phone)).toBe(1);
    const reserved = reply.indexOf('Reserved: 2 tickets, General Admission');
    const parking = reply.indexOf('underground car park');
    expect(reserved).toBeGreaterThanOrEqual(0);
    expect(parking).toBeGreaterThan(reserved);
    // The answer did not hide the choices the booking offered: "2" is still its second button.
    expect(await say(phone, '2')).toMatch(/Cancel your whole General Admission booking/);
  });

  it('answers both in Portuguese word order too, and leaves a single request whole', async () => {
    const phone = '+15550100702';
    await say(phone, 'quero 1 bilhete expo');
    const reply = await say(phone, 'sim, e qual a senha do wifi?');
    expect(reply).toMatch(/lisbon2026/);
    expect(await ordersOf(phone)).toBe(1);
    // "no, make it VIP" corrects the pending booking; it is not a "no" followed by a new booking.
    const other = '+15550100703';
    await say(other, 'book 2 general tickets');
    expect(await say(other, 'no, make it VIP')).toMatch(/2 × VIP/);
    expect(await ordersOf(other)).toBe(0);
  });
});
