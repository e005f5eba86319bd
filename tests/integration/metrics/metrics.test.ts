import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleLogin } from '../../support/console-client.js';
import { eventually } from '../../support/eventually.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';
import { postTwilio, whatsappText } from '../../support/twilio-client.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const PASSWORD = 'correct horse battery staple';
const INBOUND = '/webhooks/twilio/whatsapp';

/** The sum of a metric's samples whose labels include `labels`. */
function total(text: string, name: string, labels: string): number {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && l.includes(labels))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/** One sample's value from Prometheus text, by its metric name and exact label set ("" for none). */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics without METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ workers: false });
  });
  afterAll(() => app?.close());

  it('does not exist, whoever asks', async () => {
    expect((await fetch(`${app.baseUrl}/metrics`)).status).toBe(404);
    const withSomeToken = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: 'Bearer x' } });
    expect(withSomeToken.status).toBe(404);
  });
});

describe('GET /metrics with METRICS_TOKEN, and the queue dashboard', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      mode: 'serve',
      env: {
        MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
        FACE_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
        CONSOLE_ENABLED: 'true',
        CONSOLE_PASSWORD: PASSWORD,
        METRICS_TOKEN: TOKEN,
      },
    });
  });
  afterAll(() => app?.close());

  const scrape = async (authorization = `Bearer ${TOKEN}`) => {
    const res = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization } });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('answers only the bearer of the token', async () => {
    expect((await fetch(`${app.baseUrl}/metrics`)).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(`Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`)).status).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.type).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts webhook latency, handled messages, fallbacks, queue depth, outbox lag and provider errors', async () => {
    const before = (await scrape()).text;
    const acked = `route="${INBOUND}",status="200"`;
    const ackedBefore = sample(before, 'eventos_webhook_duration_seconds_count', acked) ?? 0;

    // An understood question and a message the bot cannot understand, while Twilio refuses every send.
    app.twilioApi.failAll(500);
    try {
      for (const body of ["what's the wifi password?", 'zxqv blorp'])
        expect((await postTwilio(app.baseUrl, INBOUND, whatsappText('+15550170101', body))).status).toBe(200);
      const text = await eventually(
        async () => {
          const t = (await scrape()).text;
          return total(t, 'eventos_provider_errors_total', 'channel="whatsapp"') >= 2 && t;
        },
        20_000,
        'two failed sends counted',
      );
      expect(sample(text, 'eventos_webhook_duration_seconds_count', acked)).toBe(ackedBefore + 2);
      expect(sample(text, 'eventos_understanding_fallbacks_total')).toBeGreaterThanOrEqual(1);
      expect(
        sample(text, 'eventos_messages_handled_total', 'handled_as="out_of_scope"'),
      ).toBeGreaterThanOrEqual(1);
      expect(
        sample(
          text,
          'eventos_job_duration_seconds_count',
          'queue="inbound",job="inbound",outcome="completed"',
        ),
      ).toBeGreaterThanOrEqual(2);
      // The replies wait in the outbox (and their retry in the delivery queue) while Twilio fails.
      expect(sample(text, 'eventos_outbox_waiting')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'eventos_outbox_lag_seconds')).toBeGreaterThan(0);
      const delivery = ['waiting', 'delayed', 'active'].map(
        (state) => sample(text, 'eventos_queue_jobs', `queue="delivery",state="${state}"`) ?? 0,
      );
      expect(delivery.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'eventos_booking_attempts_recent', 'outcome="booked"')).toBe(0);
    } finally {
      app.twilioApi.failAll(null);
    }
    // Once Twilio answers again the backlog drains, and the gauge says so.
    await eventually(
      async () => sample((await scrape()).text, 'eventos_outbox_waiting') === 0,
      30_000,
      'the outbox to drain',
    );
  });

  it('shows the BullMQ dashboard only behind the console login, read-only', async () => {
    const anonymous = await fetch(`${app.baseUrl}/console/queues`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/console/login');
    const anonymousApi = await fetch(`${app.baseUrl}/console/queues/api/queues`, { redirect: 'manual' });
    expect([303, 401]).toContain(anonymousApi.status);

    const session = await consoleLogin(app.baseUrl, PASSWORD);
    const page = await fetch(`${app.baseUrl}/console/queues`, { headers: { cookie: session.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/EventOS queues|bull/i);
    const api = await fetch(`${app.baseUrl}/console/queues/api/queues`, {
      headers: { cookie: session.cookie },
    });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string; readOnlyMode: boolean }[] };
    expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining(['inbound', 'delivery']));
    expect(queues.every((q) => q.readOnlyMode)).toBe(true);
    // A state-changing call without the console's CSRF header is refused by the login gate.
    const pause = await fetch(`${app.baseUrl}/console/queues/api/queues/inbound/pause`, {
      method: 'PUT',
      headers: { cookie: session.cookie },
    });
    expect(pause.status).toBe(403);
    expect(await app.deps.queues.inbound.isPaused()).toBe(false);
  });
});
