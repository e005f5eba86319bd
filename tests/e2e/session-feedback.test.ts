import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFeedbackJob } from '../../jobs/session-feedback.job.js';
import { drainQueues } from '../support/drain-queues.js';
import { eventually } from '../support/eventually.js';
import { postButton, postCommand } from '../support/slack-client.js';
import { startTestApp, TEST_SLACK, type TestApp } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo } from '../support/whatsapp-inbox.js';
import { zoneAt } from '../support/zone-at.js';

const INBOUND = '/webhooks/twilio/whatsapp';
const DMITRI = '+15550100104'; // Staff Engineer into postgres: a cold lead for Acme Cloud

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
  await sql(`update events set timezone = ? where id = 'devsummit-2026'`, [zoneAt(new Date(), 12)]);
  await sql(
    `update event_sessions set starts_at = now() - interval '20 minutes', ends_at = now() + interval '25 minutes'
      where code in ('s-pgvector', 's-whatsapp')`,
  );
});
afterAll(() => app?.close());

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function say(body: string, expected: RegExp, sid = newMessageSid()) {
  const after = messagesTo(app, DMITRI).length;
  expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(DMITRI, body, sid))).status).toBe(200);
  return nextMessageTo(app, DMITRI, expected, after);
}

async function command(text: string) {
  const responseUrl = slack().responseUrl();
  const id = responseUrl.split('/').at(-1)!;
  expect((await postCommand(app.baseUrl, text, { responseUrl })).status).toBe(200);
  const body = await slack().waitFor(() => slack().responses.find((r) => r.id === id)?.body, text);
  return JSON.stringify(body);
}

const acmeScore = async () =>
  (
    await sql<{ score: number }>(
      `select l.score from sponsor_leads l join contacts c on c.id = l.contact_id
        join sponsors s on s.id = l.sponsor_id where c.phone = ? and s.code = 'acme-cloud'`,
      [DMITRI],
    )
  )[0]?.score;

describe('session attendance and feedback over signed Twilio webhooks and signed Slack requests', () => {
  it('/eventos session-codes lists each session’s code and uploads a PNG sheet of QR codes', async () => {
    const uploadsBefore = slack().uploads.length;
    const answer = await command('session-codes');
    expect(answer).toContain('HERE-S-PGVECTOR');
    expect(answer).toContain('Scaling Postgres with pgvector');
    const upload = await slack().waitFor(() => slack().uploads[uploadsBefore], 'the code sheet upload');
    expect(upload.bytes.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(upload.bytes.length).toBeGreaterThan(10_000);
  });

  it('a scanned code records attendance once and raises the sponsor’s lead score; after the session: asked once, "4" and a comment reach /eventos feedback', async () => {
    await say('share my details with Acme Cloud', /May I share/);
    await say('Yes, share', /Done ✅ Acme Cloud now has/);
    const before = await acmeScore();

    const scan = newMessageSid();
    await say('HERE-S-PGVECTOR', /Welcome to \*Scaling Postgres with pgvector\*/, scan);
    // Twilio retries the same webhook, and he scans once more: still one attendance.
    expect(
      (await postTwilio(app.baseUrl, INBOUND, whatsappText(DMITRI, 'HERE-S-PGVECTOR', scan))).status,
    ).toBe(200);
    await say('HERE-S-PGVECTOR', /already noted at/);
    const [attended] = await sql<{ n: string }>(
      `select count(*) as n from session_attendance a join contacts c on c.id = a.contact_id where c.phone = ?`,
      [DMITRI],
    );
    expect(attended!.n).toBe('1');
    expect(await acmeScore()).toBe(before! + 10);

    await sql(
      `update event_sessions set starts_at = now() - interval '50 minutes', ends_at = now() - interval '1 minute' where code = 's-pgvector'`,
    );
    const after = messagesTo(app, DMITRI).length;
    await sessionFeedbackJob.enqueue(app.deps.queues, {});
    await nextMessageTo(
      app,
      DMITRI,
      /How was \*Scaling Postgres with pgvector\*\? Rate it from 1 to 5/,
      after,
    );
    await sessionFeedbackJob.enqueue(app.deps.queues, {});
    await drainQueues(app.deps.queues);
    expect(
      messagesTo(app, DMITRI)
        .slice(after)
        .filter((m) => /How was/.test(m.body ?? '')),
    ).toHaveLength(1);

    await say('4', /Anything you would like to add\?/);
    await say('Great talk, but Room A was far too hot', /passed on to the organizers/);

    // The comment's topics come from the analyse-feedback job.
    await eventually(
      async () => (await sql(`select 1 from feedback_analysis`)).length > 0,
      10_000,
      'the comment analysed',
    );
    const uploadsBefore = slack().uploads.length;
    const answer = await command('feedback pgvector');
    expect(answer).toContain('Feedback for Scaling Postgres with pgvector: 4.0 / 5 from 1 rating');
    expect(answer).toContain('4★ 1');
    expect(answer).toContain('Top topics: content (1), temperature (1)');
    const chart = await slack().waitFor(() => slack().uploads[uploadsBefore], 'the ratings chart upload');
    expect(chart.bytes.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(answer).toContain('Great talk, but Room A was far too hot');
    expect(answer).not.toContain(DMITRI);
  });

  it('a resolved handoff asks "Did we solve it?" once; a double tap counts once and /eventos csat shows it', async () => {
    const BOB = '+15550100102';
    const before = messagesTo(app, BOB).length;
    expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(BOB, 'talk to a human'))).status).toBe(200);
    await nextMessageTo(app, BOB, /asked the team/, before);
    expect(await command('resolve +15550100102')).toContain('is back with the bot');
    const question = await nextMessageTo(app, BOB, /Did we solve it\?/, before);
    expect(question.body).toMatch(/1\. 👍 Yes\n2\. 👎 No/);
    const [request] = await sql<{ id: string }>(`select id from csat_requests`);
    const tap = () => ({
      ...whatsappText(BOB, '👍 Yes'),
      MessageType: 'button',
      ButtonText: '👍 Yes',
      ButtonPayload: `act:csat:${request!.id}:up`,
    });
    const afterQuestion = messagesTo(app, BOB).length;
    await Promise.all([postTwilio(app.baseUrl, INBOUND, tap()), postTwilio(app.baseUrl, INBOUND, tap())]);
    await nextMessageTo(app, BOB, /Great — thanks for letting us know/, afterQuestion);
    await nextMessageTo(app, BOB, /already have your answer/, afterQuestion);
    await drainQueues(app.deps.queues);
    expect(messagesTo(app, BOB).filter((m) => /Did we solve it/.test(m.body ?? ''))).toHaveLength(1);
    const [conversation] = await sql<{ escalated: boolean; resolved: boolean; satisfaction_rating: number }>(
      `select c.escalated, c.resolved, c.satisfaction_rating from conversations c
        join contacts k on k.id = c.contact_id where k.phone = ?`,
      [BOB],
    );
    expect(conversation).toEqual({ escalated: true, resolved: true, satisfaction_rating: 1 });
    const csat = await command('csat');
    expect(csat).toContain('Human: 100% 👍 of 1 answers (1 asked)');
  });

  it('an urgent complaint reaches the feed channel within 2 s with its session and a Reply button that opens a handoff thread', async () => {
    const LENA = '+15550100112';
    const before = messagesTo(app, LENA).length;
    await postTwilio(app.baseUrl, INBOUND, whatsappText(LENA, 'HERE-S-WHATSAPP'));
    await nextMessageTo(app, LENA, /Welcome to \*Building WhatsApp Bots that People Love\*/, before);
    const feed = () =>
      slack().calls.filter(
        (c) => c.method === 'chat.postMessage' && c.args.channel === TEST_SLACK.feedChannel,
      );
    const feedBefore = feed().length;
    const sentAt = Date.now();
    const complaint = 'The wifi in Room B is down and the room is full, they are still letting people in!';
    expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(LENA, complaint))).status).toBe(200);
    const alert = await slack().waitFor(
      () =>
        feed()
          .slice(feedBefore)
          .find((c) => JSON.stringify(c.args).includes('Urgent')),
      'the urgent alert',
      5_000,
    );
    expect(Date.now() - sentAt).toBeLessThan(2_000);
    const shown = JSON.stringify(alert.args);
    expect(shown).toContain('Lena Vogel');
    expect(shown).toContain('Building WhatsApp Bots that People Love');
    expect(shown).toContain('overcrowding');
    expect(shown).not.toContain(LENA);
    const [analysis] = await sql<{
      id: string;
      message_id: string;
      urgency: string;
      sentiment_score: number;
    }>(
      `select a.id, a.message_id, a.urgency, a.sentiment_score from feedback_analysis a
        join event_sessions s on s.id = a.session_id where s.code = 's-whatsapp'`,
    );
    expect(analysis).toMatchObject({ urgency: 'urgent' });
    expect(shown).toContain(analysis!.message_id);

    const handoffPosts = () =>
      slack().calls.filter(
        (c) => c.method === 'chat.postMessage' && c.args.channel === TEST_SLACK.handoffChannel,
      );
    const threadsBefore = handoffPosts().length;
    const click = await postButton(
      app.baseUrl,
      { actionId: 'urgent_reply', value: analysis!.message_id },
      { responseUrl: slack().responseUrl(), channelId: TEST_SLACK.feedChannel },
    );
    expect(click.status).toBe(200);
    await slack().waitFor(() => handoffPosts()[threadsBefore], 'the handoff thread');
    const open = await sql<{ n: string }>(
      `select count(*) as n from handoffs h join conversations c on c.id = h.conversation_id
        join contacts k on k.id = c.contact_id where k.phone = ? and h.status = 'open'`,
      [LENA],
    );
    expect(open[0]!.n).toBe('1');
  });
});
