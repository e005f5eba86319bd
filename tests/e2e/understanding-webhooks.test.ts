import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

/**
 * Issue 14, "Done when", over signed Twilio webhooks with the worker running, as a person on WhatsApp meets
 * it: a sold-out tier's waiting-list offer accepted in words joins that tier's list; a texted abbreviation
 * gets the Wi-Fi answer; a price question gets the price and benefits and starts no booking. (The pipeline
 * tests in tests/integration/understanding-conversation.test.ts use other sentences of the same kinds.)
 */
const INBOUND = '/webhooks/twilio/whatsapp';
const EVENT_ID = 'devsummit-2026';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** One signed WhatsApp message; the bot's reply texts, joined as the person reads them. */
async function say(from: string, body: string, count = 1): Promise<string> {
  app.twilioApi.reset();
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  const replies = await app.twilioApi.waitForMessages(count, 10_000);
  return replies.map((m) => m.body ?? '').join('\n---\n');
}

const countFor = async (table: 'orders' | 'waitlists', phone: string) =>
  Number(
    (
      await sql<{ n: string }>(
        `select count(*) as n from ${table} t join contacts c on c.id = t.contact_id where c.phone = ?`,
        [phone],
      )
    )[0]?.n,
  );

describe('understanding over signed Twilio webhooks', () => {
  it('"yo whats the wifi pw" gets the Wi-Fi answer', async () => {
    expect(await say('+15550179001', 'yo whats the wifi pw')).toMatch(/DevSummit-Guest/);
  });

  it('"what does a VIP pass cost" gets €499 and the benefits, and starts no booking', async () => {
    const phone = '+15550179002';
    const reply = await say(phone, 'what does a VIP pass cost');
    expect(reply).toMatch(/€499\.00/);
    expect(reply).toMatch(/front-row seating, speaker dinner, lounge access/);
    expect(reply).not.toMatch(/How many/);
    expect(await countFor('orders', phone)).toBe(0);
  });

  it('a sold-out tier: accepting the waiting-list offer in words joins that tier’s list', async () => {
    await sql("update ticket_tiers set sold = capacity, held = 0 where event_id = ? and code = 'vip'", [
      EVENT_ID,
    ]);
    const phone = '+15550179003';
    expect(await say(phone, 'can i get 3 vip tickets')).toMatch(/waiting list/);
    const joined = await say(phone, 'yes, add me to the list');
    expect(joined).toMatch(/VIP waiting list/);
    expect(joined).not.toMatch(/Which ticket type/);
    expect(await countFor('waitlists', phone)).toBe(1);
  });
});
