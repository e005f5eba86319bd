import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { initDb } from '../../db/orm.js';
import { type FakeTwilioApi, startFakeTwilioApi } from '../fakes/fake-twilio-api.js';
import { createTestDatabase } from '../setup/test-database.js';
import { eventually } from '../support/eventually.js';
import { spawnServe } from '../support/spawn-serve.js';
import { demoEventFile, TEST_TWILIO } from '../support/start-test-app.js';
import { newMessageSid, postTwilio, whatsappText } from '../support/twilio-client.js';

/**
 * Issue 15, item 7: `eventos serve --with-worker` on SIGTERM stops accepting, answers the request in flight,
 * lets running jobs finish within the grace period and then exits on its own — even when a job is stuck,
 * where it used to wait for it forever (until the orchestrator's SIGKILL). The real command, in a child.
 */
const CLI = new URL('../../bots/cli.ts', import.meta.url).pathname;

let database: { url: string; drop(): Promise<void> };
let twilioApi: FakeTwilioApi;
let db: pg.Client;
beforeAll(async () => {
  database = await createTestDatabase();
  twilioApi = await startFakeTwilioApi(TEST_TWILIO);
  const orm = await initDb(database.url);
  await importEvent(orm.em.fork(), demoEventFile(), new HashedEmbedder());
  await orm.close(true);
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  // A slow insert (a webhook in flight) and a job that never finishes, picked by the message text.
  await db.query(`create function slow_or_stuck() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' and new.body = 'slow webhook' then perform pg_sleep(1.5); end if;
      if tg_op = 'UPDATE' and new.body = 'stuck job' and new.handled_at is not null then perform pg_sleep(60); end if;
      return new;
    end $$`);
  await db.query(
    'create trigger slow_or_stuck before insert or update on messages for each row execute function slow_or_stuck()',
  );
}, 60_000);
afterAll(async () => {
  await db?.end();
  await twilioApi?.close();
  await database?.drop();
});

const startServe = () =>
  spawnServe(['--import', 'tsx', CLI, 'serve', '--with-worker'], {
    databaseUrl: database.url,
    twilioApi,
    env: { SHUTDOWN_GRACE_SECONDS: '2' },
  });
const post = (url: string, params: Record<string, string>) =>
  postTwilio(url, '/webhooks/twilio/whatsapp', params);

const row = async (sid: string) =>
  (
    await db.query<{ status: string; handled_at: Date | null }>(
      'select status, handled_at from messages where provider_message_id = $1',
      [sid],
    )
  ).rows[0];

describe('SIGTERM', () => {
  it('answers the request in flight, turns new ones away, and exits 0', async () => {
    const serve = await startServe();
    const sid = newMessageSid();
    const inFlight = post(serve.url, whatsappText('+15550108201', 'slow webhook', sid));
    await new Promise((done) => setTimeout(done, 400));
    serve.child.kill('SIGTERM');
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(await row(sid)).toBeTruthy();
    // A request after SIGTERM is refused (no new connections) or, on a kept-alive one, answered 503 unstored.
    const lateSid = newMessageSid();
    const late = await post(serve.url, whatsappText('+15550108202', 'hi', lateSid)).then(
      (res) => res.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    expect(await row(lateSid)).toBeUndefined();
    expect(await serve.exited).toBe(0);
  }, 90_000);

  it('exits within the grace period although a job is stuck, leaving its message for the next start', async () => {
    const serve = await startServe();
    const sid = newMessageSid();
    expect((await post(serve.url, whatsappText('+15550108203', 'stuck job', sid))).status).toBe(200);
    await eventually(
      async () => {
        const { rows } = await db.query(
          "select 1 from pg_stat_activity where datname = current_database() and query like '%update \"messages\"%' and wait_event = 'PgSleep'",
        );
        return rows.length > 0;
      },
      20_000,
      'the job to be stuck',
    );
    const started = Date.now();
    serve.child.kill('SIGTERM');
    const code = await serve.exited;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect((await row(sid))?.handled_at).toBeNull();
  }, 90_000);
});
