import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../fakes/tcp-proxy.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo } from '../support/whatsapp-inbox.js';

/**
 * Issue 15, item 4: Postgres restarting or frozen used to make a webhook hang (pg waits forever for a
 * connection) or fail with a 500 after Twilio gave up. Now it answers 503 within seconds (Twilio's retries and
 * Fallback URL take over), the server survives the dropped connections, and once Postgres is back the same
 * message (Twilio's retry) is stored once and answered. Postgres and Redis sit behind a proxy the test can
 * take down, so the shared services are never touched.
 */
const INBOUND = '/webhooks/twilio/whatsapp';
const ALICE = '+15550100101';

let app: TestApp;
let pg: TcpProxy;
let redis: TcpProxy;
const hostPort = (url: string) => ({ host: new URL(url).hostname, port: Number(new URL(url).port) });
beforeAll(async () => {
  pg = await startTcpProxy(hostPort(inject('databaseUrl')));
  redis = await startTcpProxy(hostPort(inject('redisUrl')));
  app = await startTestApp({
    urls: (direct) => ({ databaseUrl: pg.url(direct.databaseUrl), redisUrl: redis.url(direct.redisUrl) }),
  });
}, 60_000);
afterAll(async () => {
  pg?.set('up');
  redis?.set('up');
  await app?.close();
  await pg?.close();
  await redis?.close();
}, 60_000);

const timed = async (run: () => Promise<Response>) => {
  const started = Date.now();
  const res = await run();
  return { status: res.status, ms: Date.now() - started, retryAfter: res.headers.get('retry-after') };
};

describe('Postgres down', () => {
  it('answers 503 fast, survives, and answers the retried message once Postgres is back', async () => {
    const sid = newMessageSid();
    pg.set('down');
    const during = await timed(() =>
      postTwilio(app.baseUrl, INBOUND, whatsappText(ALICE, "what's the wifi password?", sid)),
    );
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('5');
    expect(during.ms).toBeLessThan(9_000);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(503);

    pg.set('up');
    const retried = await postTwilio(
      app.baseUrl,
      INBOUND,
      whatsappText(ALICE, "what's the wifi password?", sid),
    );
    expect(retried.status).toBe(200);
    await eventually(
      async () => messagesTo(app, ALICE).some((m) => (m.body ?? '').includes('lisbon2026')),
      30_000,
      'the answer after the outage',
    );
    const [row] = await app.deps.db.em
      .fork()
      .execute<{ n: number }[]>('select count(*)::int as n from messages where provider_message_id = ?', [
        sid,
      ]);
    expect(row?.n).toBe(1);
  }, 60_000);

  it('answers 503 within the deadline when Postgres hangs', async () => {
    pg.set('hang');
    // Let the pool notice its dropped connections: the next query needs a new one, which never answers.
    await new Promise((done) => setTimeout(done, 300));
    const during = await timed(() => postTwilio(app.baseUrl, INBOUND, whatsappText(ALICE, 'hello')));
    pg.set('up');
    expect(during.status).toBe(503);
    expect(during.ms).toBeLessThan(10_000);
  }, 30_000);
});

describe('Redis down', () => {
  it('still stores and acknowledges the message, and answers it once Redis is back', async () => {
    const before = messagesTo(app, '+15550100102').length;
    redis.set('down');
    const during = await timed(() =>
      postTwilio(app.baseUrl, INBOUND, whatsappText('+15550100102', "what's the wifi password?")),
    );
    expect(during.status).toBe(200);
    expect(during.ms).toBeLessThan(5_000);
    redis.set('up');
    await eventually(
      async () =>
        messagesTo(app, '+15550100102')
          .slice(before)
          .some((m) => (m.body ?? '').includes('lisbon2026')),
      40_000,
      'the answer after Redis came back',
    );
  }, 60_000);
});
