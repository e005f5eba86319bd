import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { buildDeps, type Deps } from '../../bots/compose.js';
import { loadConfig } from '../../bots/config.js';
import { submitInbound } from '../../bots/submit-inbound.js';
import { startWorkers } from '../../bots/worker.js';
import { handleInbound } from '../../core/pipeline/handle-inbound.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { enqueueDeliveries } from '../../jobs/queues.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { createTestDatabase, testRedisPrefix, testRedisUrl } from '../setup/test-database.js';
import { drainQueues } from '../support/drain-queues.js';
import { demoEventFile, TEST_TWILIO } from '../support/start-test-app.js';

/** A Redis URL nothing listens on: the queue is "down". */
const DEAD_REDIS = 'redis://127.0.0.1:1';

let database: { url: string; drop(): Promise<void> };
let twilioApi: FakeTwilioApi;
const env = (redisUrl: string) =>
  loadConfig({
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `${testRedisPrefix()}-recovery`,
    TWILIO_ACCOUNT_SID: TEST_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: TEST_TWILIO.authToken,
    TWILIO_API_BASE_URL: twilioApi.url,
  });

beforeAll(async () => {
  database = await createTestDatabase();
  twilioApi = await startFakeTwilioApi(TEST_TWILIO);
});
afterAll(async () => {
  await twilioApi?.close();
  await database?.drop();
});

const inbound = (text: string) => ({
  kind: 'text' as const,
  channel: 'whatsapp' as const,
  providerMessageId: `SM${randomUUID().replaceAll('-', '')}`,
  from: '+15550100101',
  text,
  receivedAt: new Date(),
  raw: {},
});

describe('when Redis is down', () => {
  it('the webhook still stores the message, and the reply is produced and delivered once Redis is back', async () => {
    let down: Deps | undefined;
    let up: Deps | undefined;
    try {
      down = await buildDeps(env(DEAD_REDIS), { logger: pino({ level: 'silent' }) });
      await importEvent(down.db.em.fork(), demoEventFile(), new HashedEmbedder());
      // Inbound arrives while the queue is unreachable: stored, not lost, no exception for the webhook.
      const first = await submitInbound(down, inbound("what's the wifi password?"));
      expect(first.duplicate).toBe(false);
      // A reply produced while Redis is down: committed to the outbox, the enqueue fails.
      const second = await submitInbound(down, inbound('thanks'));
      const { outboxIds } = await handleInbound(down.pipeline, second.messageId);
      expect(outboxIds).toHaveLength(1);
      await expect(enqueueDeliveries(down.queues, outboxIds)).rejects.toThrow();
      const [row] = await down.db.em
        .fork()
        .execute<{ status: string }[]>('select status from outbox where id = ?', [outboxIds[0]]);
      expect(row?.status).toBe('pending');
      expect(twilioApi.messages).toHaveLength(0);

      // Redis is back: the sweeper finds both and everything is delivered exactly once.
      up = await buildDeps(env(testRedisUrl()), { logger: pino({ level: 'silent' }) });
      const workers = await startWorkers(up);
      try {
        // ~12 s alone (sweeps every 5 s, and one reply waits behind the other); the whole suite on 2 cores took 26 s.
        const sent = await twilioApi.waitForMessages(2, 45_000);
        expect(sent.map((m) => m.body).join('\n')).toContain('lisbon2026');
        await drainQueues(up.queues);
        expect(twilioApi.messages).toHaveLength(2);
        const statuses = await up.db.em
          .fork()
          .execute<{ status: string }[]>('select status from outbox order by created_at');
        expect(statuses.map((s) => s.status)).toEqual(['sent', 'sent']);
      } finally {
        await workers.close();
      }
    } finally {
      await down?.close();
      await up?.close();
    }
  }, 70_000);
});
