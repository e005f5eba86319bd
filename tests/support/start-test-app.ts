import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import pino from 'pino';
import { createTwilioApiClient } from '../../adapters/channels/twilio/api-client.js';
import { WHATSAPP_TEMPLATES } from '../../adapters/channels/twilio/templates/index.js';
import { syncTemplates, toStoredTemplates } from '../../adapters/channels/twilio/templates/sync-templates.js';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { buildDeps, type Deps } from '../../bots/compose.js';
import { type ConfigMode, loadConfig } from '../../bots/config.js';
import { startServer } from '../../bots/server.js';
import { startWorkers } from '../../bots/worker.js';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { saveTemplateSids } from '../../core/services/templates/template-sids.js';
import type { RefundPolicy } from '../../core/services/tickets/refund-policy.js';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/fake-slack-api.js';
import { type FakeStripeApi, startFakeStripeApi } from '../fakes/fake-stripe-api.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { TEST_STRIPE } from '../fixtures/stripe-events.js';
import { createTestDatabase, testRedisPrefix, testRedisUrl } from '../setup/test-database.js';

export const TEST_TWILIO = {
  accountSid: 'AC00000000000000000000000000000001',
  authToken: 'test-auth-token',
  from: '+15550100000',
};
export const PUBLIC_BASE_URL = 'https://bot.example.test';
export const TEST_SLACK = {
  signingSecret: 'test-slack-signing-secret',
  handoffChannel: 'C0HANDOFF1',
  feedChannel: 'C0FEED0001',
};

export const demoEventFile = () =>
  parseEventFile(
    JSON.parse(readFileSync(new URL('../../fixtures/demo-event.json', import.meta.url), 'utf8')),
  );

export interface TestApp {
  baseUrl: string;
  /** The one-time console login link, when started in `demo` mode (the console is on there). */
  consoleLoginUrl?: string;
  deps: Deps;
  twilioApi: FakeTwilioApi;
  /** Set when started with `slack: true`. */
  slackApi?: FakeSlackApi;
  /** Set when started with `stripe: true` (Stripe Checkout on, against this fake). */
  stripeApi?: FakeStripeApi;
  close(): Promise<void>;
}

/**
 * The real server and workers on a private database (demo event imported) and private queue prefix, with
 * Twilio's REST API replaced by a local fake that records what was sent.
 */
export async function startTestApp(
  options: {
    workers?: boolean;
    slack?: boolean;
    /** Stripe Checkout against a local fake of Stripe's API; `clock` is the fake's idea of now. */
    stripe?: boolean | { clock: () => Date };
    /** Extra settings on top of the test ones (e.g. a speech provider). */
    env?: Record<string, string>;
    /** As `eventos demo` (console on, one-time login link, demo people) or `serve` loads its settings. */
    mode?: ConfigMode;
    /** Reach Postgres and Redis through other addresses (a fault-injecting proxy). */
    urls?: (urls: { databaseUrl: string; redisUrl: string }) => { databaseUrl: string; redisUrl: string };
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const twilioApi = await startFakeTwilioApi(TEST_TWILIO);
  const slackApi = options.slack ? await startFakeSlackApi() : undefined;
  const direct = { databaseUrl: database.url, redisUrl: testRedisUrl() };
  const urls = options.urls ? options.urls(direct) : direct;
  const stripeApi = options.stripe
    ? await startFakeStripeApi({
        secretKey: TEST_STRIPE.secretKey,
        ...(typeof options.stripe === 'object' ? { clock: options.stripe.clock } : {}),
      })
    : undefined;
  const config = loadConfig(
    {
      PORT: '0',
      PUBLIC_BASE_URL,
      DATABASE_URL: urls.databaseUrl,
      REDIS_URL: urls.redisUrl,
      QUEUE_PREFIX: `${testRedisPrefix()}-${Math.random().toString(36).slice(2, 8)}`,
      TWILIO_ACCOUNT_SID: TEST_TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: TEST_TWILIO.authToken,
      TWILIO_WHATSAPP_FROM: TEST_TWILIO.from,
      TWILIO_API_BASE_URL: twilioApi.url,
      ...(slackApi
        ? {
            SLACK_SIGNING_SECRET: TEST_SLACK.signingSecret,
            SLACK_BOT_TOKEN: 'xoxb-test-token',
            SLACK_API_URL: slackApi.apiUrl,
            SLACK_HANDOFF_CHANNEL: TEST_SLACK.handoffChannel,
            SLACK_FEED_CHANNEL: TEST_SLACK.feedChannel,
            SLACK_API_RETRIES: '0',
          }
        : {}),
      // Conversation tests type faster than people do; rate-limit tests set their own limits.
      RATE_LIMIT_SENDER_PER_MINUTE: '1000',
      RATE_LIMIT_SLACK_PER_MINUTE: '1000',
      ...(stripeApi
        ? {
            STRIPE_SECRET_KEY: TEST_STRIPE.secretKey,
            STRIPE_WEBHOOK_SECRET: TEST_STRIPE.webhookSecret,
            STRIPE_API_BASE_URL: stripeApi.url,
          }
        : {}),
      ...options.env,
    },
    options.mode,
  );
  const deps = await buildDeps(config, { logger: pino({ level: 'silent' }) });
  await importEvent(deps.db.em.fork(), demoEventFile(), new HashedEmbedder());
  // As after `eventos twilio templates sync`: every template's Content SIDs stored, as the fake Twilio made them.
  const templates = await syncTemplates(
    createTwilioApiClient({ ...TEST_TWILIO, apiBaseUrl: twilioApi.url }),
    WHATSAPP_TEMPLATES,
  );
  await saveTemplateSids(deps.db.em.fork(), toStoredTemplates(templates));
  const { server, url, consoleLoginUrl } = await startServer(deps);
  const workers = options.workers === false ? null : await startWorkers(deps);
  return {
    baseUrl: url,
    ...(consoleLoginUrl ? { consoleLoginUrl } : {}),
    deps,
    twilioApi,
    ...(slackApi ? { slackApi } : {}),
    ...(stripeApi ? { stripeApi } : {}),
    async close() {
      await new Promise<void>((done) => (server as Server).close(() => done()));
      await workers?.close();
      await deps.queues.inbound.obliterate({ force: true }).catch(() => {});
      await deps.close();
      await twilioApi.close();
      await slackApi?.close();
      await stripeApi?.close();
      await database.drop();
    },
  };
}

/**
 * Tests that run on the real clock move the demo event 17 days ahead of now, so booking stays open whenever
 * they run (the fixture's dates are fixed).
 */
export async function keepDemoEventOnSale(app: { deps: Deps }): Promise<void> {
  const em = app.deps.db.em.fork();
  const [event] = await em.execute<{ starts_at: Date; refund_policy: RefundPolicy | null }[]>(
    "select starts_at, refund_policy from events where id = 'devsummit-2026'",
  );
  const shift = Date.now() + 17 * 86_400_000 - new Date(event!.starts_at).getTime();
  // The refund policy's dates move with the event: they are set relative to it.
  const policy = event?.refund_policy
    ? {
        steps: event.refund_policy.steps.map((s) => ({
          ...s,
          until: new Date(Date.parse(s.until) + shift).toISOString(),
        })),
      }
    : null;
  await em.execute(
    "update events set starts_at = now() + interval '17 days', ends_at = now() + interval '18 days', refund_policy = ? where id = 'devsummit-2026'",
    [policy ? JSON.stringify(policy) : null],
  );
}
