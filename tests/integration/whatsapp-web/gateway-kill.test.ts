import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueReplies } from '../../../core/services/outbox/enqueue-replies.js';
import { enqueueDeliveries } from '../../../jobs/queues.js';
import { eventually } from '../../support/eventually.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

const CHILD = fileURLToPath(new URL('./gateway.process.ts', import.meta.url));
const REPLIES = 100;
const CHATS = ['+15550108001', '+15550108002', '+15550108003', '+15550108004'];

let app: TestApp;
let redis: Redis;
const children: ChildProcess[] = [];

beforeAll(async () => {
  app = await startTestApp();
  redis = new Redis(app.deps.config.redisUrl);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  redis?.disconnect();
  await app?.close();
});

const sentKey = () => `${app.deps.config.queuePrefix}:test:whatsapp-web-sent`;
const sentBodies = async () =>
  (await redis.lrange(sentKey(), 0, -1)).map((raw) => (JSON.parse(raw) as { body: string }).body);

/** The gateway as its own process (Node with tsx's loader, so SIGKILL reaches the process that sends). */
function startGatewayProcess(): ChildProcess {
  const { databaseUrl, redisUrl, queuePrefix } = app.deps.config;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, databaseUrl, redisUrl, queuePrefix], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function kill(child: ChildProcess) {
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGKILL');
  await exited;
}

describe('a WhatsApp Web gateway killed while replies are queued', () => {
  it(`loses none of ${REPLIES} replies and sends each once after a restart`, async () => {
    const outboxIds: string[] = [];
    const em = app.deps.db.em.fork();
    for (let i = 0; i < REPLIES; i++) {
      const phone = CHATS[i % CHATS.length]!;
      const ids = await em.transactional((tx) =>
        enqueueReplies(tx, { contactId: null, channel: 'whatsapp-web', address: phone, eventId: null }, [
          { kind: 'text', text: `reply ${i + 1} of ${REPLIES}` },
        ]),
      );
      outboxIds.push(...ids);
    }
    await enqueueDeliveries(app.deps.queues, outboxIds);

    const first = startGatewayProcess();
    await eventually(async () => (await redis.llen(sentKey())) >= 30, 120_000, '30 replies sent');
    await kill(first);
    const beforeKill = await redis.llen(sentKey());
    expect(beforeKill).toBeLessThan(REPLIES);

    startGatewayProcess();
    await eventually(
      async () => {
        const rows = await app.deps.db.em
          .fork()
          .execute<{ n: number }[]>(
            `select count(*)::int as n from outbox where channel = 'whatsapp-web' and status = 'sent'`,
          );
        return rows[0]!.n === REPLIES;
      },
      // The killed gateway's job lock must lapse (15 s) before the new one takes the job; under a loaded
      // machine the child's start (tsx) adds tens of seconds.
      200_000,
      'every reply recorded as sent',
    );
    const bodies = await sentBodies();
    expect(bodies).toHaveLength(REPLIES);
    expect(new Set(bodies).size).toBe(REPLIES);
  }, 300_000);
});
