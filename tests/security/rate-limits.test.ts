import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo } from '../support/whatsapp-inbox.js';

/**
 * Issue 15, item 3: one number flooding the bot is limited per sender (3 a minute plus a burst of 1 here),
 * its extra messages are kept but marked `throttled`, it hears one "slow down" per window, and other senders
 * are answered as usual.
 */
const INBOUND = '/webhooks/twilio/whatsapp';
const FLOODER = '+15550107001';
const NEIGHBOUR = '+15550107002';
const SLOW_DOWN = /faster than I can read/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { RATE_LIMIT_SENDER_PER_MINUTE: '3', RATE_LIMIT_SENDER_BURST: '1' } });
});
afterAll(async () => {
  await app?.close();
});

const rowsFrom = (phone: string) =>
  app.deps.db.em
    .fork()
    .execute<{ provider_message_id: string; status: string; body: string; handled_at: Date | null }[]>(
      "select provider_message_id, status, body, handled_at from messages where direction = 'in' and address = ? order by created_at",
      [phone],
    );

describe('per-sender rate limit', () => {
  it('keeps every message of a flood, answers only up to the limit and says "slow down" once', async () => {
    const sids = Array.from({ length: 12 }, () => newMessageSid());
    const answers = await Promise.all(
      sids.map((sid, i) => postTwilio(app.baseUrl, INBOUND, whatsappText(FLOODER, `hello ${i}`, sid))),
    );
    expect(answers.map((r) => r.status)).toEqual(sids.map(() => 200));
    // A retried webhook of a throttled message is neither counted again nor stored twice.
    const retry = await postTwilio(app.baseUrl, INBOUND, whatsappText(FLOODER, 'hello 0', sids[0]));
    expect(retry.status).toBe(200);

    const rows = await eventually(
      async () => {
        const rows = await rowsFrom(FLOODER);
        return rows.length === 12 && rows.every((r) => r.handled_at) ? rows : undefined;
      },
      20_000,
      'every flood message closed',
    );
    expect(new Set(rows.map((r) => r.provider_message_id))).toEqual(new Set(sids));
    expect(rows.filter((r) => r.status === 'throttled')).toHaveLength(8);
    expect(rows.filter((r) => r.status === 'handled')).toHaveLength(4);
    expect(rows.every((r) => /^hello \d+$/.test(r.body))).toBe(true);

    await eventually(
      async () => messagesTo(app, FLOODER).some((m) => SLOW_DOWN.test(m.body ?? '')),
      15_000,
      'a slow-down reply',
    );
    // Later messages in the same window are kept quietly: still exactly one notice.
    await postTwilio(app.baseUrl, INBOUND, whatsappText(FLOODER, 'are you there?'));
    await eventually(async () => (await rowsFrom(FLOODER)).length === 13, 10_000, 'the 13th row');
    const last = (await rowsFrom(FLOODER)).at(-1);
    expect(last?.status).toBe('throttled');
    await eventually(
      async () => messagesTo(app, FLOODER).filter((m) => !SLOW_DOWN.test(m.body ?? '')).length >= 4,
      15_000,
      'the four answers',
    );
    expect(messagesTo(app, FLOODER).filter((m) => SLOW_DOWN.test(m.body ?? ''))).toHaveLength(1);
  });

  it('answers another sender while the flooder is throttled', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postTwilio(app.baseUrl, INBOUND, whatsappText(FLOODER, `again ${i}`)),
      ),
    );
    const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(NEIGHBOUR, "what's the wifi password?"));
    expect(res.status).toBe(200);
    await eventually(
      async () => messagesTo(app, NEIGHBOUR).some((m) => (m.body ?? '').includes('lisbon2026')),
      15_000,
      'the neighbour answered',
    );
    expect(messagesTo(app, NEIGHBOUR).some((m) => SLOW_DOWN.test(m.body ?? ''))).toBe(false);
  });

  it('throttles a retried message whose first try could not be closed (database blip)', async () => {
    const sender = '+15550107003';
    for (let i = 0; i < 4; i++)
      expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(sender, `ok ${i}`))).status).toBe(200);
    const sql = (q: string) => app.deps.db.em.fork().execute(q);
    await sql('create sequence throttle_blip');
    await sql(`create function throttle_blip() returns trigger language plpgsql as $$
      begin
        if new.status = 'throttled' and nextval('throttle_blip') = 1 then raise exception 'connection reset'; end if;
        return new;
      end $$`);
    await sql(
      'create trigger throttle_blip before update on messages for each row execute function throttle_blip()',
    );
    try {
      const sid = newMessageSid();
      expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(sender, 'one too many', sid))).status).toBe(
        503,
      );
      expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(sender, 'one too many', sid))).status).toBe(
        200,
      );
      const [row] = await app.deps.db.em
        .fork()
        .execute<{ status: string }[]>('select status from messages where provider_message_id = ?', [sid]);
      expect(row?.status).toBe('throttled');
    } finally {
      await sql('drop trigger throttle_blip on messages');
    }
  });
});
