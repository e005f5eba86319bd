import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectFeedItems } from '../../core/services/feed/collect-feed-items.js';
import { findStrandedWork } from '../../core/services/outbox/find-stranded.js';
import { inboundJob } from '../../jobs/inbound.job.js';
import { sweepStrandedWork } from '../../jobs/sweeper.job.js';
import { type JobHarness, startJobHarness } from '../support/job-harness.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { storeWhatsAppText } from '../support/stored-inbound.js';

/**
 * Issue 15, item 5: a message whose handling fails on every attempt ("poison") used to stay `received`
 * forever: swept again and again, holding up its sender's later messages, with nobody told. Now its last
 * attempt closes it as `failed` with the error and a reply, the organizers' feed and /healthz show it, and
 * the sender's next messages are answered. A database trigger plays the bug.
 */
const SENDER = '+15550108001';

let app: TestApp;
let jobs: JobHarness;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
  await sql(`create or replace function poison_pill() returns trigger language plpgsql as $$
    begin
      if new.body like '%poison pill%' and new.status <> 'failed' and new.handled_at is not null then
        raise exception 'simulated bug in a skill';
      end if;
      return new;
    end $$`);
  await sql(
    'create trigger poison_pill before update on messages for each row execute function poison_pill()',
  );
});
afterAll(() => app?.close());
beforeEach(() => {
  jobs = startJobHarness();
});
afterEach(() => jobs.close());

function sql<T = unknown>(query: string, params: unknown[] = []) {
  return app.deps.db.em.fork().execute<T[]>(query, params);
}

const receive = async (from: string, text: string) => (await storeWhatsAppText(app, from, text)).messageId;

const jobDeps = () => ({
  pipeline: app.deps.pipeline,
  queues: jobs.queues,
  dispatchFollowUps: async () => {},
});

const row = async (id: string) =>
  (
    await sql<{ status: string; handled_at: Date | null; error_code: string | null }>(
      'select status, handled_at, error_code from messages where id = ?',
      [id],
    )
  )[0]!;

const repliesTo = (address: string) =>
  sql<{ body: string }>(
    "select body from messages where direction = 'out' and address = ? order by created_at",
    [address],
  ).then((rows) => rows.map((r) => r.body));

describe('a poison message', () => {
  it('does not hold up the sender’s next message while it is retried', async () => {
    const poison = await receive(SENDER, 'the poison pill');
    await expect(jobs.run(inboundJob, jobDeps(), { messageId: poison }, { attempts: 3 })).rejects.toThrow(
      /simulated bug/,
    );
    expect((await row(poison)).handled_at).toBeNull();
    expect((await row(poison)).error_code).toMatch(/^retrying: .*simulated bug/);

    const next = await receive(SENDER, "what's the wifi password?");
    await jobs.run(inboundJob, jobDeps(), { messageId: next });
    expect((await row(next)).status).toBe('handled');
    expect((await repliesTo(SENDER)).some((b) => b.includes('lisbon2026'))).toBe(true);
  });

  it('on its last attempt is closed as failed, answered, left out of the sweep and reported', async () => {
    const poison = await receive(SENDER, 'another poison pill');
    await expect(
      jobs.run(inboundJob, jobDeps(), { messageId: poison }, { attempts: 1, jobId: `${poison}-last` }),
    ).rejects.toThrow(/simulated bug/);

    const closed = await row(poison);
    expect(closed.status).toBe('failed');
    expect(closed.handled_at).not.toBeNull();
    expect(closed.error_code).toMatch(/simulated bug in a skill/);
    expect((await repliesTo(SENDER)).at(-1)).toMatch(/something went wrong on our side/);
    expect((await jobs.queued('delivery')).length).toBeGreaterThan(0);

    const stranded = await findStrandedWork(app.deps.db.em.fork(), { olderThanSeconds: 0, limit: 500 });
    expect(stranded.inboundIds).not.toContain(poison);

    await collectFeedItems(app.deps.db.em.fork());
    const [post] = await sql<{ text: string }>(
      "select text from feed_posts where ref = 'failed_inbound:' || ?",
      [poison],
    );
    expect(post?.text).toMatch(/could not be handled after every retry/);
    expect(post?.text).not.toContain(SENDER.slice(1));

    const health = (await (await fetch(`${app.baseUrl}/healthz`)).json()) as {
      failed?: { inbound: number };
    };
    expect(health.failed?.inbound).toBeGreaterThanOrEqual(1);
  });

  it('whose failure could not even be recorded (database down) is queued again by the sweeper', async () => {
    const stuck = await receive('+15550108002', 'stuck message');
    await sql(`create or replace function refuse_updates() returns trigger language plpgsql as $$
      begin raise exception 'database unavailable'; end $$`);
    await sql(
      `create trigger refuse_updates before update on messages for each row when (old.id = '${stuck}') execute function refuse_updates()`,
    );
    try {
      await expect(jobs.run(inboundJob, jobDeps(), { messageId: stuck }, { attempts: 1 })).rejects.toThrow(
        /database unavailable/,
      );
    } finally {
      await sql('drop trigger refuse_updates on messages');
    }
    expect(await (await jobs.queues.inbound.getJob(stuck))?.getState()).toBe('failed');
    await sql("update messages set created_at = now() - interval '10 seconds' where id = ?", [stuck]);

    await sweepStrandedWork(app.deps.db.em, jobs.queues);
    expect(await (await jobs.queues.inbound.getJob(stuck))?.getState()).toBe('waiting');
  });
});

describe('the sweeper', () => {
  it('looks at a recent window, so a backlog of old open rows cannot hide a new stranded one', async () => {
    await sql(
      `insert into messages (id, direction, channel, address, provider_message_id, kind, body, payload, status, created_at, updated_at)
       select gen_random_uuid(), 'in', 'whatsapp', '+15550108099', 'OLD' || g, 'text', 'old', '{}', 'received',
              now() - interval '3 days', now()
         from generate_series(1, 600) g`,
    );
    const fresh = await receive('+15550108003', 'hello');
    await sql("update messages set created_at = now() - interval '10 seconds' where id = ?", [fresh]);
    const stranded = await findStrandedWork(app.deps.db.em.fork(), { olderThanSeconds: 3, limit: 500 });
    expect(stranded.inboundIds).toContain(fresh);
    await sql("delete from messages where address = '+15550108099'");
  });
});
