import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTwilioWebhook } from '../fixtures/load-twilio-webhook.js';
import { drainQueues } from '../support/drain-queues.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';

const ALICE = '+15550100101';
const INBOUND = '/webhooks/twilio/whatsapp';
const STATUS = '/webhooks/twilio/status';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => app.twilioApi.reset());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function say(from: string, body: string, expectedReplies = 1) {
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(expectedReplies, 10_000);
}

describe('/healthz', () => {
  it('reports the database and Redis up', async () => {
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      db: 'ok',
      redis: 'ok',
      failed: { inbound: 0, outbox: 0 },
    });
  });
});

describe('Twilio WhatsApp webhook', () => {
  it('greets a known attendee by name with the help menu', async () => {
    const sent = await say(ALICE, 'hi', 2);
    expect(sent[0]?.to).toBe(`whatsapp:${ALICE}`);
    expect(sent[0]?.body).toContain('Alice');
    expect(sent[1]?.body).toMatch(/1\. Book tickets\n2\. Agenda/);
  });

  it('answers an FAQ from the library', async () => {
    const [reply] = await say(ALICE, "what's the wifi password?");
    expect(reply?.body).toContain('lisbon2026');
  });

  it('answers an agenda question in the event time zone', async () => {
    const [reply] = await say(ALICE, 'where is the pgvector talk?');
    expect(reply?.body).toContain('Room A');
    expect(reply?.body).toContain('11:00'); // 11:00 UTC is 11:00 in Lisbon in December
  });

  it('rejects a forged signature with 403 and stores nothing', async () => {
    const params = whatsappText(ALICE, 'hi');
    const res = await postTwilio(app.baseUrl, INBOUND, params, { signature: 'forged==' });
    expect(res.status).toBe(403);
    const rows = await sql('select id from messages where provider_message_id = ?', [params.MessageSid]);
    expect(rows).toHaveLength(0);
  });

  it('rejects a missing signature with 403', async () => {
    const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(ALICE, 'hi'), { signature: null });
    expect(res.status).toBe(403);
  });

  it('rejects a signed webhook with missing fields or an empty body with 400', async () => {
    const { MessageSid: _sid, ...noSid } = whatsappText(ALICE, 'hi');
    expect((await postTwilio(app.baseUrl, INBOUND, noSid)).status).toBe(400);
    expect((await postTwilio(app.baseUrl, INBOUND, {})).status).toBe(400);
  });

  it('replies once to the same webhook delivered three times', async () => {
    const params = whatsappText(ALICE, 'thank you!');
    const statuses = await Promise.all([1, 2, 3].map(() => postTwilio(app.baseUrl, INBOUND, params)));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200]);
    await app.twilioApi.waitForMessages(1, 10_000);
    await drainQueues(app.deps.queues);
    expect(app.twilioApi.messages).toHaveLength(1);
    const stored = await sql('select id from messages where provider_message_id = ?', [params.MessageSid]);
    expect(stored).toHaveLength(1);
  });

  it('answers a 64 KB message politely and stores it truncated', async () => {
    const params = whatsappText(ALICE, 'a'.repeat(64 * 1024));
    const res = await postTwilio(app.baseUrl, INBOUND, params);
    expect(res.status).toBe(200);
    const [reply] = await app.twilioApi.waitForMessages(1, 10_000);
    expect(reply?.body).toMatch(/long message/i);
    const [row] = await sql<{ len: number; truncated: boolean }>(
      'select length(body) as len, truncated from messages where provider_message_id = ?',
      [params.MessageSid],
    );
    expect(row).toEqual({ len: 4096, truncated: true });
  });

  it('explains unsupported media instead of failing', async () => {
    const params = {
      ...loadTwilioWebhook('twilio-video'),
      MessageSid: newMessageSid(),
      AccountSid: 'AC00000000000000000000000000000001',
    };
    const res = await postTwilio(app.baseUrl, INBOUND, params);
    expect(res.status).toBe(200);
    const [reply] = await app.twilioApi.waitForMessages(1, 10_000);
    expect(reply?.body).toMatch(/can't open a video/i);
  });

  it('onboards an unknown sender as a new contact', async () => {
    const stranger = '+15550109999';
    const [welcome] = await say(stranger, 'hello', 2);
    expect(welcome?.body).toMatch(/don't have a ticket on file/);
    const contacts = await sql<{ phone: string }>('select phone from contacts where phone = ?', [stranger]);
    expect(contacts).toHaveLength(1);
  });

  it('retries a provider 500, delivers once and records the status', async () => {
    app.twilioApi.failNext(1, 500);
    const [reply] = await say(ALICE, 'thanks');
    expect(app.twilioApi.messages).toHaveLength(1);
    const row = await eventually(async () => {
      const [r] = await sql<{ status: string; attempts: number; outbox: string }>(
        `select m.status, o.attempts, o.status as outbox from messages m join outbox o on o.message_id = m.id
          where m.provider_message_id = ?`,
        [reply!.sid],
      );
      return r?.outbox === 'sent' ? r : undefined;
    });
    expect(row).toEqual({ status: 'queued', attempts: 2, outbox: 'sent' });
  });

  it('moves delivery status forward only, whatever order the callbacks arrive in', async () => {
    const [reply] = await say(ALICE, 'thanks');
    await eventually(
      async () => (await sql('select id from messages where provider_message_id = ?', [reply!.sid]))[0],
    );
    const status = (s: string) =>
      postTwilio(app.baseUrl, STATUS, {
        ...loadTwilioWebhook('twilio-status-sent'),
        MessageSid: reply!.sid,
        SmsSid: reply!.sid,
        MessageStatus: s,
        SmsStatus: s,
      });
    expect((await status('delivered')).status).toBe(204);
    expect((await status('sent')).status).toBe(204);
    const [row] = await sql<{ status: string }>('select status from messages where provider_message_id = ?', [
      reply!.sid,
    ]);
    expect(row?.status).toBe('delivered');
    await status('read');
    const [after] = await sql<{ status: string }>(
      'select status from messages where provider_message_id = ?',
      [reply!.sid],
    );
    expect(after?.status).toBe('read');
    const forged = await postTwilio(
      app.baseUrl,
      STATUS,
      { MessageSid: reply!.sid, MessageStatus: 'failed' },
      { signature: 'x' },
    );
    expect(forged.status).toBe(403);
  });
});
