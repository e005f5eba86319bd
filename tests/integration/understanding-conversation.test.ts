import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInline } from '../support/say-inline.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const EVENT_ID = 'devsummit-2026';

let app: TestApp;
beforeAll(async () => {
  // No workers: each message is handled inline so its replies can be read back in order.
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
/** The replies joined as one text, as the person reads them on Twilio. */
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');

const ordersOf = async (phone: string) =>
  Number(
    (
      await sql<{ n: string }>(
        'select count(*) as n from orders o join contacts c on c.id = o.contact_id where c.phone = ?',
        [phone],
      )
    )[0]?.n,
  );

describe('odd quantities over the pipeline', () => {
  it('refuses a fraction instead of booking another number, and asks again', async () => {
    const phone = '+15550100601';
    const reply = await say(phone, 'book ¼ vip ticket');
    expect(reply).toMatch(/whole number of tickets, 1 or more — not 0\.25/);
    expect(reply).toMatch(/How many VIP tickets would you like \(up to 4\)\?/);
    expect(await say(phone, '2')).toMatch(/2 × VIP/);
  });

  it('names the limit for a count far beyond it, with or without a tier', async () => {
    const phone = '+15550100602';
    expect(await say(phone, 'book 1e3 general tickets')).toMatch(
      /limited to 10 per order\. How many General Admission tickets would you like \(up to 10\)\?/,
    );
    const noTier = await say('+15550100603', 'book 5e9 tickets');
    expect(noTier).toMatch(/at most 10 tickets in one order — not 5000000000/);
    expect(noTier).not.toMatch(/Happy to book/);
    expect(await ordersOf(phone)).toBe(0);
  });
});

describe('answers to the choices we offered', () => {
  it('re-asks the same question with its choices for a number outside them, then takes a keycap digit', async () => {
    const phone = '+15550100604';
    expect(await say(phone, 'i need 2 tickets')).toMatch(/which type\?/);
    const again = await say(phone, '9');
    expect(again).toMatch(/Please pick one of these, 1 to 4\./);
    expect(again).toMatch(/which type\?/);
    expect(again).toMatch(/1\. VIP[\s\S]*4\. Expo Pass/);
    expect(again).not.toMatch(/didn't understand/);
    expect(await say(phone, '2️⃣')).toMatch(/2 × General Admission/);
  });

  it('changes a slot of a pending summary ("make it 3", "no, make it VIP") and shows it again', async () => {
    const phone = '+15550100605';
    expect(await say(phone, 'book 2 general tickets')).toMatch(/2 × General Admission/);
    expect(await say(phone, 'make it 3 instead')).toMatch(/3 × General Admission/);
    expect(await say(phone, 'no, make it VIP')).toMatch(/3 × VIP/);
    expect(await ordersOf(phone)).toBe(0);
  });
});

describe('questions about tickets', () => {
  it('answers the price and benefits of a tier with a Book button and starts no booking', async () => {
    const phone = '+15550100606';
    const reply = await say(phone, 'how much is the premium pass?');
    expect(reply).toMatch(/VIP\*?: €499\.00/);
    expect(reply).toMatch(/front-row seating, speaker dinner, lounge access/);
    expect(reply).toMatch(/1\. Book VIP/);
    expect(await ordersOf(phone)).toBe(0);
    // The Book button is the offer: a yes in words takes it, and only then does the booking start.
    expect(await say(phone, 'yes please')).toMatch(/How many VIP tickets would you like \(up to 4\)\?/);
  });

  it('answers what is left across the tiers', async () => {
    const reply = await say('+15550100607', 'are any tickets still available?');
    expect(reply).toMatch(/General Admission\*?: €199\.00 \(\d+ left, up to 10 per order\)/);
    expect(reply).toMatch(/Student\*?: €49\.00 .*requires valid student ID at the door/);
  });
});

describe('a sold-out offer accepted in words', () => {
  it('joins the offered tier’s waiting list with the offered party size', async () => {
    await sql("update ticket_tiers set sold = capacity, held = 0 where event_id = ? and code = 'vip'", [
      EVENT_ID,
    ]);
    const phone = '+15550100608';
    expect(await say(phone, 'book 2 vip tickets')).toMatch(/Would you like to join the waiting list\?/);
    const joined = await say(phone, 'sure, sign me up for that');
    expect(joined).toMatch(/You're on the VIP waiting list for a party of 2/);
    expect(joined).not.toMatch(/Which ticket type/);
  });
});

describe('FAQ paraphrases and thanks', () => {
  it('answers an FAQ asked in its own words', async () => {
    expect(await say('+15550100609', 'Where is the venue?')).toMatch(/Praca das Industrias 1/);
  });

  it('answers a report of harassment with the code of conduct', async () => {
    expect(await say('+15550100610', 'some guy keeps harassing me near the stage')).toMatch(
      /Harassment of any kind is not tolerated/,
    );
  });

  it('answers an abbreviation with the Wi-Fi details', async () => {
    expect(await say('+15550100611', 'hey whats the wifi pw')).toMatch(/lisbon2026/);
  });

  it('takes Portuguese and Spanish thanks as thanks, and answers in their language', async () => {
    expect(await say('+15550100612', 'obrigada pela ajuda!')).toMatch(/^De nada!/);
    expect(await say('+15550100612', 'gracias por todo')).toMatch(/^¡De nada!/);
  });
});
