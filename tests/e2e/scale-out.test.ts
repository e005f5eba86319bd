import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { NODE_RUNTIME_FLAGS } from '../../bots/runtime-flags.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { type Db, initDb } from '../../db/orm.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { createTestDatabase, testRedisPrefix, testRedisUrl } from '../setup/test-database.js';
import { runDrop, type SenderLog } from '../support/drop-senders.js';
import { eventually } from '../support/eventually.js';
import { demoEventFile, PUBLIC_BASE_URL, TEST_TWILIO } from '../support/start-test-app.js';

/**
 * Issue 16, item 4: `eventos serve` and `eventos worker` as many processes as wanted on one Postgres and one
 * Redis. Two servers and three workers, real child processes of the real CLI; a burst of signed webhooks
 * spread over both servers — many people, each typing three lines without waiting, all after the same
 * General seats. Every line answered exactly once and in order, exactly the capacity taken, no job run twice.
 */
const CLI = new URL('../../bots/cli.ts', import.meta.url).pathname;
const SENDERS = 36;
const CAPACITY = 20; // 10 people get their 2 seats; 26 are offered the waiting list
const SCRIPT = ['2 general tickets', '1', 'thanks'];

let database: { url: string; drop(): Promise<void> };
let db: Db;
let twilioApi: FakeTwilioApi;
const prefix = `${testRedisPrefix()}-scale-${randomBytes(3).toString('hex')}`;
const children: { child: ChildProcess; exited: Promise<void> }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  twilioApi = await startFakeTwilioApi(TEST_TWILIO);
  db = await initDb(database.url, { poolMax: 4 });
  await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
  await db.em
    .fork()
    .execute("update ticket_tiers set capacity = ?, sold = 0, held = 0 where code = 'general'", [CAPACITY]);
}, 60_000);

afterAll(async () => {
  for (const { child } of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => c.exited));
  await db?.close(true);
  await twilioApi?.close();
  await database?.drop();
}, 60_000);

/** Starts `eventos <command>` as a child process; resolves once it says `ready` on stderr. */
async function start(command: 'serve' | 'worker', ready: RegExp): Promise<string> {
  // Started as deployed (bots/runtime-flags.ts).
  const child = spawn(process.execPath, [...NODE_RUNTIME_FLAGS, '--import', 'tsx', CLI, command], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      PUBLIC_BASE_URL,
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: prefix,
      TWILIO_ACCOUNT_SID: TEST_TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: TEST_TWILIO.authToken,
      TWILIO_WHATSAPP_FROM: TEST_TWILIO.from,
      TWILIO_API_BASE_URL: twilioApi.url,
      MEDIA_SIGNING_SECRET: 'm'.repeat(64),
      FACE_DATA_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      LOG_LEVEL: 'silent',
    },
  });
  children.push({ child, exited: new Promise((done) => child.once('exit', () => done())) });
  let output = '';
  let exitCode: number | null | undefined;
  child.stderr!.on('data', (chunk) => {
    output += String(chunk);
  });
  child.once('exit', (code) => {
    exitCode = code;
  });
  // Five processes load tsx and the app at once on a busy machine: a generous start budget.
  return eventually(
    async () => {
      if (exitCode !== undefined) throw new Error(`eventos ${command} exited (${exitCode}): ${output}`);
      return ready.exec(output)?.[1] ?? (ready.test(output) ? 'ready' : undefined);
    },
    180_000,
    `eventos ${command} to start`,
  );
}

const texts = (log: SenderLog) => log.replies.filter((m) => m.mediaUrl.length === 0).map((m) => m.body ?? '');

describe('two servers and three workers on one Postgres and Redis', () => {
  it('answer a burst across both servers exactly once, in order, selling exactly the capacity', async () => {
    const [servers] = await Promise.all([
      Promise.all([
        start('serve', /Listening on (http:\/\/\S+)/),
        start('serve', /Listening on (http:\/\/\S+)/),
      ]),
      Promise.all([1, 2, 3].map(() => start('worker', /Worker running\./))),
    ]);
    expect(new Set(servers).size).toBe(2);

    // Every completion of every inbound and delivery job, by job id, whichever worker ran it.
    const completed = new Map<string, number>();
    const listeners = ['inbound', 'delivery'].map((queue) => {
      // Connection options, not a client: QueueEvents blocks on its stream and closes what it opened.
      const redis = new URL(testRedisUrl());
      const events = new QueueEvents(queue, {
        connection: { host: redis.hostname, port: Number(redis.port), maxRetriesPerRequest: null },
        prefix,
      });
      events.on('completed', ({ jobId }) =>
        completed.set(`${queue}:${jobId}`, (completed.get(`${queue}:${jobId}`) ?? 0) + 1),
      );
      return events;
    });
    await Promise.all(listeners.map((l) => l.waitUntilReady()));
    try {
      const phones = Array.from({ length: SENDERS }, (_, i) => `+1555099${String(i).padStart(4, '0')}`);
      const { logs } = await runDrop({
        targets: servers,
        twilioApi,
        twilio: TEST_TWILIO,
        publicUrl: PUBLIC_BASE_URL,
        senders: phones,
        script: SCRIPT,
        waitForEachReply: false,
        rampMs: 500,
        replyTimeoutMs: 120_000,
      });

      // Every line answered exactly once, and each person's answers in the order of their lines: the summary
      // (or, once sold out, the waiting-list offer), then the reservation (or the waiting-list step), then the
      // answer to "thanks" — out of order, "1" would land before there was anything to confirm.
      for (const log of logs) {
        const answers = texts(log);
        expect({ phone: log.phone, answers: answers.length, unanswered: log.unanswered }).toEqual({
          phone: log.phone,
          answers: SCRIPT.length,
          unanswered: 0,
        });
        expect(answers[0]).toMatch(/1\. Confirm|waiting list/i);
        expect(answers[1]).toMatch(/Reserved: 2 tickets, General|waiting list/i);
        expect(answers[2]).toMatch(/You're welcome/);
      }
      const reserved = logs.filter((l) => /Reserved: 2 tickets/.test(texts(l)[1] ?? ''));
      expect(reserved).toHaveLength(CAPACITY / 2);
      for (const log of logs.filter((l) => !reserved.includes(l)))
        expect(texts(log).slice(0, 2).join('\n')).toMatch(/waiting list/i);

      // Exactly the capacity taken, each seat by an order with its tickets.
      const [tier] = await db.em
        .fork()
        .execute<{ sold: number; held: number; ordered: number; tickets: number }[]>(
          `select t.sold, t.held,
                  (select coalesce(sum(quantity), 0)::int from orders o where o.tier_id = t.id and o.status = 'reserved') as ordered,
                  (select count(*)::int from tickets tk join orders o on o.id = tk.order_id where o.tier_id = t.id and tk.status = 'valid') as tickets
             from ticket_tiers t where t.code = 'general'`,
        );
      expect(tier).toEqual({ sold: 0, held: CAPACITY, ordered: CAPACITY, tickets: CAPACITY });

      // No job ran to completion twice; every inbound message's job did run.
      await eventually(
        async () =>
          [...completed.keys()].filter((k) => k.startsWith('inbound:')).length >= SENDERS * SCRIPT.length,
        30_000,
        'every inbound job to complete',
      );
      expect([...completed.entries()].filter(([, n]) => n > 1)).toEqual([]);
      // Replies are sent by the inbound job itself; a delivery job exists only for a retried send, and none
      // of those may have run twice either (checked above).
    } finally {
      await Promise.all(listeners.map((l) => l.close()));
    }
  }, 480_000);
});
