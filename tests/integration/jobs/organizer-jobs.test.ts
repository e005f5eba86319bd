import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { broadcastProgressJob } from '../../../jobs/broadcast-progress.job.js';
import { broadcastSendJob } from '../../../jobs/broadcast-send.job.js';
import { faqEmbedJob } from '../../../jobs/faq-embed.job.js';
import { feedSweepJob } from '../../../jobs/feed-sweep.job.js';
import { handoffMessageJob } from '../../../jobs/handoff-message.job.js';
import { handoffOpenedJob } from '../../../jobs/handoff-opened.job.js';
import { handoffResolvedJob } from '../../../jobs/handoff-resolved.job.js';
import { organizerCommandJob } from '../../../jobs/organizer-command.job.js';
import { handleWhatsApp } from '../../support/handle-inbound-job.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';
import { keepDemoEventOnSale, startTestApp, TEST_SLACK, type TestApp } from '../../support/start-test-app.js';

const EVENT_ID = 'devsummit-2026';
const ALICE = '+15550100101';
const STAFF_CHANNEL = 'C0STAFF01';

let app: TestApp;
beforeAll(async () => {
  // No workers: each test runs the one job it is about on a worker of its own.
  app = await startTestApp({ workers: false, slack: true });
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});
let jobs: JobHarness;
beforeEach(() => {
  jobs = startJobHarness();
});
afterEach(async () => {
  await jobs.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const slack = () => app.slackApi!;
const deps = () => ({ ...app.deps.organizer, queues: jobs.queues });
const postsTo = (channel: string) =>
  slack().calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);

/** An `/eventos` command as the Slack route logs it (accepted, with a response URL). */
async function loggedCommand(
  command: string,
  args = '',
  extra: { status?: string; confirmed?: boolean } = {},
) {
  const id = randomUUID();
  await sql(
    `insert into organizer_commands (id, event_id, slack_user_id, slack_channel_id, command, args, response_url,
       status, created_at, confirmed_at)
     values (?, ?, 'U0ORG0001', ?, ?, ?, ?, ?, now(), ?)`,
    [
      id,
      EVENT_ID,
      STAFF_CHANNEL,
      command,
      args,
      slack().responseUrl(id),
      extra.status ?? 'accepted',
      extra.confirmed ? new Date() : null,
    ],
  );
  return id;
}

const aliceSays = (text: string) => handleWhatsApp(app, jobs, ALICE, { text });

describe('organizer-command job', () => {
  it('runs a logged command once and answers through its response URL (job id: the command id)', async () => {
    const id = await loggedCommand('stats');
    expect(await jobs.run(organizerCommandJob, deps(), { commandId: id })).toEqual({ done: 'stats' });
    const response = slack().responses.find((r) => r.id === id);
    expect(JSON.stringify(response?.body)).toContain('VIP (vip)');
    expect(await sql('select status from organizer_commands where id = ?', [id])).toEqual([
      { status: 'done' },
    ]);
    expect(await jobs.run(organizerCommandJob, deps(), { commandId: id }, { jobId: 'again' })).toEqual({
      skipped: 'already done',
    });
    expect(organizerCommandJob.bulkEntry({ commandId: id }).opts).toEqual({ jobId: id });
  });
});

describe('handoff jobs', () => {
  it('post the thread, relay the attendee’s messages into it in order, and mark it resolved', async () => {
    const opened = (await aliceSays('talk to a human')).find((f) => f.kind === 'handoff-opened');
    const handoffId = opened && 'handoffId' in opened ? opened.handoffId : '';
    expect(handoffId).not.toBe('');

    // A message before the thread exists: the relay waits for it (retried with backoff).
    const early = (await aliceSays('my badge never arrived')).find((f) => f.kind === 'handoff-message');
    const messageId = early && 'messageId' in early ? early.messageId : '';
    await expect(jobs.run(handoffMessageJob, deps(), { handoffId, messageId })).rejects.toThrow(
      'handoff thread not posted yet',
    );

    const posted = (await jobs.run(handoffOpenedJob, deps(), { handoffId })) as { posted: string };
    const [root] = postsTo(TEST_SLACK.handoffChannel).slice(-1);
    expect(root?.args.text).toContain('wants to talk to a person');
    expect(await jobs.run(handoffOpenedJob, deps(), { handoffId }, { jobId: 'again' })).toEqual({
      skipped: 'already posted',
    });

    expect(await jobs.run(handoffMessageJob, deps(), { handoffId, messageId }, { jobId: 'retry' })).toEqual({
      relayed: true,
    });
    const [relayed] = postsTo(TEST_SLACK.handoffChannel).slice(-1);
    expect(relayed?.args).toMatchObject({ thread_ts: posted.posted });
    expect(String(relayed?.args.text)).toContain('my badge never arrived');

    expect(await jobs.run(handoffResolvedJob, deps(), { handoffId })).toEqual({ resolved: true });
    const [resolvedNote] = postsTo(TEST_SLACK.handoffChannel).slice(-1);
    expect(resolvedNote?.args.text).toContain('Resolved');
  });
});

describe('broadcast jobs', () => {
  it('write the messages once, queue them paced, and post the tally when every message has an outcome', async () => {
    const id = await loggedCommand('broadcast', 'Doors open at 9:00 tomorrow.', {
      status: 'done',
      confirmed: true,
    });
    const sent = (await jobs.run(broadcastSendJob, deps(), { commandId: id })) as { messages: number };
    expect(sent.messages).toBeGreaterThan(0);
    const deliveries = await jobs.queued('delivery');
    expect(deliveries.flatMap((job) => (job.data as { outboxIds: string[] }).outboxIds)).toHaveLength(
      sent.messages,
    );
    expect((await jobs.queued('organizer')).map((job) => [job.name, job.delay])).toEqual([
      ['broadcast-progress', 1_000],
    ]);

    // Nothing delivered yet: the check is queued again. Then every message gets an outcome.
    const pending = await jobs.run(broadcastProgressJob, deps(), { commandId: id });
    expect(pending).toMatchObject({ total: sent.messages, pending: sent.messages });
    await sql("update outbox set status = 'sent' where broadcast_id = ?", [id]);
    const before = postsTo(STAFF_CHANNEL).length;
    expect(await jobs.run(broadcastProgressJob, deps(), { commandId: id })).toMatchObject({
      sent: sent.messages,
      pending: 0,
    });
    expect(postsTo(STAFF_CHANNEL)).toHaveLength(before + 1);
  });
});

describe('faq-embed job', () => {
  it('embeds an FAQ added or edited from Slack, once', async () => {
    const [faq] = await sql<{ id: string }>(
      "select id from faq_library where event_id = ? and code = 'faq-wifi'",
      [EVENT_ID],
    );
    // As the Slack form leaves it: saved, not embedded yet.
    await sql('update faq_library set embedding = null, embedding_model = null where id = ?', [faq!.id]);
    expect(await jobs.run(faqEmbedJob, deps(), { faqId: faq!.id })).toEqual({ embedded: true });
    const [after] = await sql<{ embedding_model: string | null }>(
      'select embedding_model from faq_library where id = ?',
      [faq!.id],
    );
    expect(after?.embedding_model).toBe(app.deps.organizer.embedder.model);
    expect(await jobs.run(faqEmbedJob, deps(), { faqId: faq!.id })).toEqual({ embedded: false });
  });
});

describe('feed-sweep job', () => {
  it('posts what is new to the feed channel once, and does nothing without a feed channel', async () => {
    await sql("update ticket_tiers set sold = capacity, held = 0 where event_id = ? and code = 'student'", [
      EVENT_ID,
    ]);
    expect(await jobs.run(feedSweepJob, { ...deps(), feedChannel: null }, {})).toEqual({
      skipped: 'no feed channel',
    });
    const first = (await jobs.run(feedSweepJob, deps(), {})) as { found: number; posted: number };
    expect(first.posted).toBeGreaterThan(0);
    expect(postsTo(TEST_SLACK.feedChannel).map((c) => String(c.args.text))).toContainEqual(
      expect.stringMatching(/is sold out/),
    );
    expect(await jobs.run(feedSweepJob, deps(), {})).toEqual({ found: 0, posted: 0 });
  });
});
