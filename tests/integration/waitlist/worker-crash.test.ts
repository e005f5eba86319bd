import { spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { findTierByCode } from '../../../core/services/waitlist/find-tier.js';
import { joinWaitlist } from '../../../core/services/waitlist/join-waitlist.js';
import { offerFreedSeats } from '../../../core/services/waitlist/offer-freed-seats.js';
import { type Db, initDb } from '../../../db/orm.js';
import { createTestDatabase } from '../../setup/test-database.js';
import { eventually } from '../../support/eventually.js';
import { demoEventFile } from '../../support/start-test-app.js';

const EVENT_ID = 'devsummit-2026';
const NOW = new Date('2026-11-23T12:00:00Z');
const CHILD = new URL('../../fixtures/offer-freed-seats-process.ts', import.meta.url).pathname;

let database: { url: string; drop(): Promise<void> };
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = await initDb(database.url, { poolMax: 4 });
  await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
});
afterAll(async () => {
  await db?.close(true);
  await database?.drop();
});

const sql = <T>(query: string, params: unknown[] = []) => db.em.fork().execute<T[]>(query, params);

describe('a worker killed in the middle of offering seats', () => {
  it('leaves nothing half-done, and the next run offers each seat exactly once', async () => {
    await sql(
      "update ticket_tiers set capacity = 20, sold = 20, held = 0 where event_id = ? and code = 'vip'",
      [EVENT_ID],
    );
    const [{ id: tierId }] = (await sql<{ id: string }>(
      "select id from ticket_tiers where event_id = ? and code = 'vip'",
      [EVENT_ID],
    )) as [{ id: string }];
    const people = await sql<{ id: string }>(
      `insert into contacts (id, phone, opted_out, last_inbound_at, created_at)
       select gen_random_uuid(), '+1555088' || lpad(g::text, 4, '0'), false, ?, now() from generate_series(1, 2) g
       returning id`,
      [NOW],
    );
    const entryIds: string[] = [];
    for (const person of people) {
      const entry = await db.em.fork().transactional(async (em) => {
        const tier = await findTierByCode(em, EVENT_ID, 'vip');
        return joinWaitlist(em, {
          eventId: EVENT_ID,
          tier: tier!,
          contactId: person.id,
          partySize: 1,
          now: NOW,
        });
      });
      expect(entry).toBeTruthy();
      const [row] = await sql<{ id: string }>('select id from waitlists where contact_id = ?', [person.id]);
      entryIds.push(row!.id);
    }

    // Two seats come free (a cancellation, as far as the waiting list can tell).
    await sql('update ticket_tiers set sold = 18 where id = ?', [tierId]);

    // Hold the second entry's row so the worker blocks after it has offered the first seat, mid-transaction.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('select id from waitlists where id = $1 for update', [entryIds[1]]);

    // node itself with tsx's loader: the tsx CLI would run the script in a grandchild that SIGKILL does not reach.
    const worker = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, database.url, tierId, NOW.toISOString()],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((done) => worker.once('exit', (code) => done(code)));
    await eventually(
      async () => {
        const [row] = await sql<{ n: string }>(
          `select count(*) as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and query ~ 'update "?waitlists"? '`,
        );
        return Number(row?.n) > 0;
      },
      30_000,
      'the worker to block mid-promotion',
    );
    // The first offer exists only inside the worker's open transaction: invisible to everyone else.
    expect(await sql("select id from waitlist_promotions where status = 'open'")).toHaveLength(0);

    worker.kill('SIGKILL');
    await exited;
    await blocker.query('rollback');
    await blocker.end();

    await eventually(
      async () =>
        (
          await sql<{ n: string }>(
            "select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
          )
        )[0]?.n === '0',
      10_000,
      "the dead worker's transaction to end",
    );
    expect(await sql('select id from waitlist_promotions')).toHaveLength(0);
    expect(
      await sql(
        "select o.id from outbox o join messages m on m.id = o.message_id where m.intent = 'waitlist_offer'",
      ),
    ).toHaveLength(0);
    const [tier] = await sql<{ held: number }>('select held from ticket_tiers where id = ?', [tierId]);
    expect(tier?.held).toBe(0);
    const statuses = await sql<{ status: string }>('select status from waitlists order by joined_at');
    expect(statuses.map((s) => s.status)).toEqual(['waiting', 'waiting']);

    // The job runs again (a retry or the sweep): both seats are offered, each once, each announced once.
    const offers = await offerFreedSeats(db.em.fork(), {
      tierId,
      now: NOW,
      settings: { offerTemplateId: 't' },
    });
    expect(offers.map((o) => o.contactId).sort()).toEqual(people.map((p) => p.id).sort());
    const again = await offerFreedSeats(db.em.fork(), {
      tierId,
      now: NOW,
      settings: { offerTemplateId: 't' },
    });
    expect(again).toHaveLength(0);
    const [after] = await sql<{ held: number; sold: number; capacity: number }>(
      'select held, sold, capacity from ticket_tiers where id = ?',
      [tierId],
    );
    expect(after).toEqual({ held: 2, sold: 18, capacity: 20 });
    const announced = await sql(
      "select o.id from outbox o join messages m on m.id = o.message_id where m.intent = 'waitlist_offer'",
    );
    expect(announced).toHaveLength(2);
  }, 60_000);
});
