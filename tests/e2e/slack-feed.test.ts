import { afterAll, beforeAll, expect, it } from 'vitest';
import { FEED_SWEEP_JOB } from '../../jobs/feed-sweep.job.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, TEST_SLACK, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const feed = () =>
  app
    .slackApi!.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.args.channel === TEST_SLACK.feedChannel,
    )
    .map((c) => String(c.args.text));

/** Runs one feed sweep on the real worker and waits until it finished. */
async function sweep(): Promise<void> {
  const job = await app.deps.queues.organizer.add(FEED_SWEEP_JOB, {});
  // Completed jobs are removed (removeOnComplete), so "gone" means done; a failure stays visible.
  const state = await eventually(
    async () => {
      const s = await job.getState();
      return s === 'completed' || s === 'unknown' || s === 'failed' ? s : undefined;
    },
    10_000,
    'the feed sweep',
  );
  expect(state).not.toBe('failed');
}

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
