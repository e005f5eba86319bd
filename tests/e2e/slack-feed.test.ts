import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { feedPosts, runFeedSweep } from '../support/feed-sweep.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const feed = () => feedPosts(app);
const sweep = () => runFeedSweep(app);

it('posts a sold-out tier, a new handoff and a failed delivery to the feed channel, each once', async () => {
  await sql(`update ticket_tiers set sold = capacity where event_id = 'devsummit-2026' and code = 'student'`);
  await postTwilio(app.baseUrl, '/webhooks/twilio/whatsapp', whatsappText('+15550100103', 'talk to a human'));
  await eventually(
    async () => (await sql(`select 1 from handoffs where status = 'open'`)).length > 0,
    10_000,
    'the handoff',
  );
  await app.twilioApi.waitForMessages(1, 10_000);
  // Twilio refuses the next send for good (21211 invalid number): the delivery is marked failed.
  app.twilioApi.failNext(1, 400, 21211);
  await postTwilio(app.baseUrl, '/webhooks/twilio/whatsapp', whatsappText('+15550100104', 'hi'));
  await eventually(
    async () => (await sql(`select 1 from outbox where status = 'failed'`)).length > 0,
    10_000,
    'the failed delivery',
  );

  await sweep();
  await sweep();
  const posts = feed();
  expect(posts.filter((t) => t === '🎟️ Student is sold out (50 seats).')).toHaveLength(1);
  expect(posts.filter((t) => /^🙋 .+ asked for a person/.test(t))).toHaveLength(1);
  expect(
    posts.filter((t) => t.startsWith('⚠️ A message to +15550100104 could not be delivered: twilio_21211')),
  ).toHaveLength(1);

  // Sold out again after a capacity raise is news again.
  await sql(
    `update ticket_tiers set capacity = 55, sold = 55 where event_id = 'devsummit-2026' and code = 'student'`,
  );
  await sweep();
  expect(feed()).toContain('🎟️ Student is sold out (55 seats).');
});

it('posts sales milestones every 100 tickets and check-ins batched by minute, each once', async () => {
  await sql(`update ticket_tiers set sold = 230 where event_id = 'devsummit-2026' and code = 'general'`);
  const [total] = await sql<{ sold: number }>(
    `select sum(sold)::int as sold from ticket_tiers where event_id = 'devsummit-2026'`,
  );
  const [tier] = await sql<{ id: string }>(
    `select id from ticket_tiers where event_id = 'devsummit-2026' and code = 'general'`,
  );
  const [contact] = await sql<{ id: string }>(`select id from contacts where phone = '+15550100101'`);
  const [order] = await sql<{ id: string }>(
    `insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
       currency, status, created_at, confirmed_at)
     values (gen_random_uuid(), 'devsummit-2026', ?, ?, 'FEED-ORDER', 3, 19900, 59700, 'EUR', 'confirmed', now(), now())
     returning id`,
    [tier!.id, contact!.id],
  );
  const minute = "date_trunc('minute', now()) - interval '2 minutes'";
  for (const ref of ['DS26-FEED-0001', 'DS26-FEED-0002', 'DS26-FEED-0003']) {
    await sql(
      `insert into tickets (id, order_id, reference, status, created_at, checked_in_at)
       values (gen_random_uuid(), ?, ?, 'valid', now(), ${minute} + interval '10 seconds')`,
      [order!.id, ref],
    );
  }
  // One of them came in by selfie (check_in_logs says how).
  await sql(
    `insert into check_in_logs (id, event_id, ticket_id, method, distance, confidence_score, checked_in_by, created_at)
     select gen_random_uuid(), 'devsummit-2026', id, 'selfie', 0.4, 0.6, 'whatsapp', checked_in_at
       from tickets where reference = 'DS26-FEED-0002'`,
  );
  const [bucket] = await sql<{ hhmm: string }>(`select to_char(${minute}, 'HH24:MI') as hhmm`);

  await sweep();
  await sweep();
  const milestones = feed().filter((t) => t.startsWith('🎉 '));
  expect(milestones).toHaveLength(Math.floor(total!.sold / 100));
  expect(milestones).toContain('🎉 100 tickets sold for DevSummit Lisbon 2026!');
  expect(feed().filter((t) => t.startsWith('✅ '))).toEqual([
    `✅ 3 checked in (${bucket!.hhmm} UTC), 1 by selfie`,
  ]);
});
