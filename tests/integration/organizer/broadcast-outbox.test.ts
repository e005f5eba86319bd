import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmBroadcast, writeBroadcast } from '../../../core/services/organizer/send-broadcast.js';
import { sweepStrandedWork } from '../../../jobs/sweeper.job.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  // No workers: the test drives the sweeper itself, as if the broadcast job had never been queued.
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

describe('a confirmed broadcast', () => {
  it('is in the outbox at its pace before any job runs, so a queue outage cannot lose it', async () => {
    const commandId = randomUUID();
    await sql(
      `insert into organizer_commands (id, event_id, slack_user_id, slack_channel_id, command, args, response_url, status, created_at)
       values (?, 'devsummit-2026', 'U0ORG0001', 'C0FEED', 'broadcast', 'Doors open at 9:00', null, 'done', now())`,
      [commandId],
    );
    // 30 more attendees (46 in all: three batches at 20 a second), all inside WhatsApp's 24-hour window.
    await sql(
      `with c as (
         insert into contacts (id, phone, opted_out, created_at)
         select gen_random_uuid(), '+1555066' || lpad(g::text, 4, '0'), false, now() from generate_series(1, 30) g
         returning id)
       insert into attendees (id, event_id, contact_id, name, created_at)
       select gen_random_uuid(), 'devsummit-2026', c.id, 'Guest', now() from c`,
    );
    await sql('update contacts set last_inbound_at = now()');
    expect(await confirmBroadcast(app.deps.db.em.fork(), commandId)).not.toBeNull();
    expect(await confirmBroadcast(app.deps.db.em.fork(), commandId)).toBeNull();

    const ids = await writeBroadcast(app.deps.db.em.fork(), commandId);
    expect(ids.length).toBe(46);
    expect(await writeBroadcast(app.deps.db.em.fork(), commandId)).toEqual(expect.arrayContaining(ids));
    const rows = await sql<{ n: string; spread: number }>(
      `select count(*) as n, extract(epoch from max(available_at) - min(available_at))::float as spread
         from outbox where broadcast_id = ?`,
      [commandId],
    );
    // 46 recipients at 20 a second: due now, in 1 s and in 2 s; none written twice.
    expect(rows[0]).toEqual({ n: '46', spread: 2 });

    // The first two batches long overdue, the third still paced 2 s ahead: the sweeper (rows due for 3 s or
    // more) takes the first two only. Moving whole batches, rather than the clock by 4.5 s, keeps the test
    // independent of how long a loaded machine takes between this update and the sweep.
    await sql(
      `update outbox set available_at = available_at - interval '1 hour'
        where broadcast_id = ? and available_at < (select min(available_at) + interval '1.5 seconds'
                                                     from outbox where broadcast_id = ?)`,
      [commandId, commandId],
    );
    const swept = await sweepStrandedWork(app.deps.db.em, app.deps.queues);
    expect(swept.outbox).toBe(40);
  });
});
