import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInline } from '../../support/say-inline.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const EVENT_ID = 'devsummit-2026';

let app: TestApp;
beforeAll(async () => {
  // No workers: each message is handled inline so its replies can be read back in order.
  app = await startTestApp({ workers: false });
  await sql(
    `update ticket_tiers set sold = capacity, held = 0 where event_id = ? and code in ('vip', 'student')`,
    [EVENT_ID],
  );
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** The replies joined as one text, as the person reads them on Twilio. */
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');

describe('the waiting-list dialog', () => {
  it('asks which tier (sold-out ones first) and how many people, then joins', async () => {
    const phone = '+15550100401';
    const which = await say(phone, 'put me on the waiting list');
    expect(which).toMatch(/Which ticket type's waiting list/);
    expect(which).toMatch(/1\. VIP — sold out\n2\. Student — sold out/);
    const howMany = await say(phone, '1');
    expect(howMany).toMatch(/How many people should I put on the VIP waiting list/);
    expect(howMany).toMatch(/1\. Just me\n2\. 2 people\n3\. 3 people/);
    expect(await say(phone, '3')).toMatch(
      /You're on the VIP waiting list for a party of 3 — you're first in line/,
    );
  });

  it('takes a typed tier and a typed party size as answers to its questions', async () => {
    const phone = '+15550100402';
    await say(phone, 'waitlist please');
    expect(await say(phone, 'VIP')).toMatch(/How many people/);
    expect(await say(phone, 'we are 4')).toMatch(
      /VIP waiting list for a party of 4 — you're #2 in line — 1 group \(3 people\) ahead of you/,
    );
  });

  it('refuses impossible party sizes clearly and asks again', async () => {
    const phone = '+15550100403';
    expect(await say(phone, 'put me on the VIP waiting list, we are -2')).toMatch(/groups of 1 to 4/);
    expect(await say(phone, 'we are 9')).toMatch(/groups of 1 to 4/);
    expect(await say(phone, '2')).toMatch(/party of 2/);
  });

  it('answers a second join with the existing entry and its place', async () => {
    const phone = '+15550100404';
    await say(phone, 'put me on the VIP waiting list, 1 person');
    expect(await say(phone, 'put me on the waiting list for VIP, we are 3')).toMatch(
      /already on the waiting list — VIP \(just you\): you're #\d+ in line/,
    );
  });

  it('offers booking instead when the tier has seats', async () => {
    const reply = await say('+15550100405', 'put me on the waiting list for general admission, 2 people');
    expect(reply).toMatch(/General Admission isn't sold out: \d+ seats are free right now/);
    expect(reply).toMatch(/1\. Book now/);
  });

  it('tells where someone stands on several lists and asks which one to leave', async () => {
    const phone = '+15550100406';
    expect(await say(phone, 'where am I on the waiting list?')).toMatch(/not on any waiting list/);
    await say(phone, 'put me on the waiting list for VIP, we are 2');
    await say(phone, 'put me on the student waiting list for one person');
    const status = await say(phone, 'where am I on the waiting list?');
    expect(status).toMatch(/You're on 2 waiting lists:\n• VIP \(a party of 2\): you're #\d+ in line/);
    expect(status).toMatch(/• Student \(just you\): you're first in line/);

    const which = await say(phone, 'leave the waiting list');
    expect(which).toMatch(/Which waiting list would you like to leave\?\n\n1\. VIP\n2\. Student/);
    expect(await say(phone, '2')).toMatch(/you've left the Student waiting list/);
    expect(await say(phone, 'leave the waiting list')).toMatch(/you've left the VIP waiting list/);
    expect(await say(phone, 'leave the waiting list')).toMatch(/not on any waiting list/);
  });
});
