import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INLINE_RETRY_DELAY_MS } from '../../../jobs/deliver-replies.js';
import { deliveryJob } from '../../../jobs/delivery.job.js';
import { inboundJob } from '../../../jobs/inbound.job.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../../support/start-test-app.js';
import { storeWhatsAppText } from '../../support/stored-inbound.js';

// The inbound job sends its reply itself (jobs/deliver-replies.ts): one queue job per message, not two.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});
let jobs: JobHarness;
beforeEach(() => {
  logged = [];
  jobs = startJobHarness();
  app.twilioApi.reset();
});
afterEach(async () => {
  app.twilioApi.failAll(null);
  await jobs.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

const stored = (from: string, text: string) => storeWhatsAppText(app, from, text);

type LogLine = { messageId: string; handledAs: string | null; sent: number; queued: number };
let logged: LogLine[] = [];
const inboundDeps = () => ({
  pipeline: app.deps.pipeline,
  queues: jobs.queues,
  delivery: app.deps.delivery,
  dispatchFollowUps: async () => {},
  log: (line: LogLine) => logged.push(line),
});

const outboxOf = (messageId: string) =>
  sql<{ id: string; status: string; body: string; last_error: string | null }>(
    `select o.id, o.status, m.body, o.last_error from outbox o join messages m on m.id = o.message_id
      where m.contact_id = (select contact_id from messages where id = ?) and m.direction = 'out'
      order by m.created_at, o.created_at`,
    [messageId],
  );

describe('inline delivery from the inbound job', () => {
  it('sends the reply’s messages in order and queues no delivery job', async () => {
    const from = '+15550170001';
    const { messageId } = await stored(from, 'hi');
    expect(await jobs.run(inboundJob, inboundDeps(), { messageId })).toEqual({ replies: 2 });
    expect(app.twilioApi.messages.map((m) => m.to)).toEqual([`whatsapp:${from}`, `whatsapp:${from}`]);
    expect(app.twilioApi.messages[1]?.body).toMatch(/1\. Book tickets/);
    expect((await outboxOf(messageId)).map((row) => row.status)).toEqual(['sent', 'sent']);
    expect(await jobs.queued('delivery')).toEqual([]);
    // The log line that ties the inbound message to its delivery.
    expect(logged).toEqual([{ messageId, handledAs: 'greeting', sent: 2, queued: 0 }]);
  });

  it('hands a reply the provider refused for now to a delayed delivery job, which sends it once', async () => {
    const from = '+15550170002';
    const { messageId } = await stored(from, 'hi');
    app.twilioApi.failAll(500);
    // The message is handled all the same: the job succeeds, nothing is sent yet.
    expect(await jobs.run(inboundJob, inboundDeps(), { messageId })).toEqual({ replies: 2 });
    expect(app.twilioApi.messages).toHaveLength(0);
    const rows = await outboxOf(messageId);
    expect(rows.map((row) => row.status)).toEqual(['pending', 'pending']);
    expect(rows[0]?.last_error).toMatch(/500/);
    const [queued, ...more] = await jobs.queued('delivery');
    expect(more).toEqual([]);
    expect(queued?.data).toEqual({
      outboxIds: rows.map((row) => row.id),
      channel: 'whatsapp',
      inReplyTo: messageId,
    });
    expect(queued?.opts.delay).toBe(INLINE_RETRY_DELAY_MS);
    expect(logged).toEqual([{ messageId, handledAs: 'greeting', sent: 0, queued: 2 }]);

    app.twilioApi.failAll(null);
    await queued!.remove();
    const result = await jobs.run(deliveryJob, { delivery: app.deps.delivery }, queued!.data);
    expect(result).toEqual({ outcomes: ['sent', 'sent'] });
    expect(app.twilioApi.messages.map((m) => m.to)).toEqual([`whatsapp:${from}`, `whatsapp:${from}`]);
  });

  it('sends a reply once when the same message is handled by two jobs at once (a sweep racing its job)', async () => {
    const from = '+15550170003';
    const { messageId } = await stored(from, "what's the wifi password?");
    const other = startJobHarness();
    try {
      const deps = inboundDeps();
      const results = await Promise.all([
        jobs.run(inboundJob, deps, { messageId }),
        other.run(inboundJob, { ...deps, queues: other.queues }, { messageId }),
      ]);
      expect(results.map((r) => (r as { replies: number }).replies).sort()).toEqual([0, 1]);
      expect(app.twilioApi.messages).toHaveLength(1);
      expect(app.twilioApi.messages[0]?.body).toContain('lisbon2026');
    } finally {
      await other.close();
    }
  });

  it('queues a reply behind an earlier one still on its way to the same person, and then sends it after it', async () => {
    const from = '+15550170005';
    const first = await stored(from, 'hi');
    // The first message's reply is written but not sent yet (its job is still sending it): in flight.
    expect(
      await jobs.run(
        inboundJob,
        { ...inboundDeps(), delivery: { ...app.deps.delivery, senders: {} } },
        first,
      ),
    ).toEqual({ replies: 2 });
    await Promise.all((await jobs.queued('delivery')).map((job) => job.remove()));
    logged = [];
    const second = await stored(from, "what's the wifi password?");
    expect(await jobs.run(inboundJob, inboundDeps(), second)).toEqual({ replies: 1 });
    // Nothing overtook the earlier reply: the later one waits, unclaimed, in a delayed delivery job.
    expect(app.twilioApi.messages).toHaveLength(0);
    expect((await outboxOf(second.messageId)).map((row) => row.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    const [queued, ...more] = await jobs.queued('delivery');
    expect(more).toEqual([]);
    expect(queued?.opts.delay).toBe(INLINE_RETRY_DELAY_MS);
    expect(logged).toEqual([{ messageId: second.messageId, handledAs: 'faq', sent: 0, queued: 1 }]);

    // Its delivery job, run while the earlier reply is still unsent, waits again instead of overtaking it.
    await queued!.remove();
    await expect(jobs.run(deliveryJob, { delivery: app.deps.delivery }, queued!.data)).rejects.toThrow();
    expect(app.twilioApi.messages).toHaveLength(0);
    expect((await outboxOf(second.messageId)).map((row) => row.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);

    // Once the earlier reply is out, the delivery job sends the later one: in the order they were written.
    const earlier = (await outboxOf(first.messageId)).slice(0, 2).map((row) => row.id);
    await jobs.run(deliveryJob, { delivery: app.deps.delivery }, { outboxIds: earlier, channel: 'whatsapp' });
    for (const job of await jobs.queued('delivery')) await job.remove();
    await jobs.run(deliveryJob, { delivery: app.deps.delivery }, queued!.data);
    expect(app.twilioApi.messages.map((m) => m.body)).toEqual([
      expect.any(String),
      expect.stringMatching(/1\. Book tickets/),
      expect.stringContaining('lisbon2026'),
    ]);
  });

  it('queues the reply as before when this process has no sender for the channel', async () => {
    const { messageId } = await stored('+15550170004', 'hi');
    const deps = { ...inboundDeps(), delivery: { ...app.deps.delivery, senders: {} } };
    expect(await jobs.run(inboundJob, deps, { messageId })).toEqual({ replies: 2 });
    expect(app.twilioApi.messages).toHaveLength(0);
    expect((await jobs.queued('delivery')).map((job) => job.opts.delay ?? 0)).toEqual([0]);
  });
});
