import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { type Db, initDb } from '../../../db/orm.js';
import { createTestDatabase } from '../../setup/test-database.js';
import { demoEventFile } from '../../support/start-test-app.js';

export const EVENT_ID = 'devsummit-2026';
/** Before the demo event (10–11 Dec 2026), with sales open. */
export const BEFORE_EVENT = new Date('2026-11-23T12:00:00Z');

export interface TicketDatabase {
  db: Db;
  /** The private database's URL, for a child process. */
  url: string;
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  /** `count` new contacts; their ids. */
  contacts(count: number): Promise<string[]>;
  /** Puts a tier in a known state: `free` seats left, nothing held. */
  setTier(
    code: string,
    state: { capacity: number; sold: number; held?: number; maxPerOrder?: number },
  ): Promise<string>;
  tier(code: string): Promise<{ id: string; capacity: number; sold: number; held: number }>;
  close(): Promise<void>;
}

/** A private migrated database with the demo event imported, for service-level ticket tests. */
export async function startTicketDatabase(poolMax = 10): Promise<TicketDatabase> {
  const database = await createTestDatabase();
  const db = await initDb(database.url, { poolMax });
  await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
  const sql = <T>(query: string, params: unknown[] = []) => db.em.fork().execute<T[]>(query, params);
  return {
    db,
    url: database.url,
    sql,
    async contacts(count) {
      // No phone: these people only exist to book; a phone would collide with the demo attendees'.
      const rows = await sql<{ id: string }>(
        `insert into contacts (id, opted_out, created_at)
         select gen_random_uuid(), false, now() from generate_series(1, ?) returning id`,
        [count],
      );
      return rows.map((r) => r.id);
    },
    async setTier(code, state) {
      const [row] = await sql<{ id: string }>(
        `update ticket_tiers set capacity = ?, sold = ?, held = ?, max_per_order = coalesce(?, max_per_order)
          where event_id = ? and code = ? returning id`,
        [state.capacity, state.sold, state.held ?? 0, state.maxPerOrder ?? null, EVENT_ID, code],
      );
      return row!.id;
    },
    async tier(code) {
      const [row] = await sql<{ id: string; capacity: number; sold: number; held: number }>(
        'select id, capacity, sold, held from ticket_tiers where event_id = ? and code = ?',
        [EVENT_ID, code],
      );
      return row!;
    },
    async close() {
      await db.close(true);
      await database.drop();
    },
  };
}
