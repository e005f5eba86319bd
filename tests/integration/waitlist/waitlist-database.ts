import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import type { OutboundMessage } from '../../../core/messages.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { type Db, initDb } from '../../../db/orm.js';
import type { WaitlistJobDeps } from '../../../jobs/offer-freed-seats.job.js';
import { createQueues, type Queues } from '../../../jobs/queues.js';
import { createTestDatabase, testRedisPrefix, testRedisUrl } from '../../setup/test-database.js';
import { demoEventFile } from '../../support/start-test-app.js';

export const EVENT_ID = 'devsummit-2026';
/** Before the demo event (10–11 Dec 2026), with sales open. */
export const BEFORE_EVENT = new Date('2026-11-23T12:00:00Z');
export const TEMPLATE_ID = 'HXwaitlistoffer0000000000000000001';
export const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

export interface SentMessage {
  address: string;
  payload: OutboundMessage;
  proactive: boolean;
  intent: string | null;
}

export interface WaitlistDatabase {
  db: Db;
  queues: Queues;
  /** Job deps with a settable clock. */
  deps: WaitlistJobDeps & { setNow(at: Date): void };
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  /** New contacts with phones that wrote to us on WhatsApp `lastInboundMinutesAgo` before BEFORE_EVENT. */
  people(
    count: number,
    options?: { lastInboundMinutesAgo?: number },
  ): Promise<{ id: string; phone: string }[]>;
  setTier(code: string, state: { capacity: number; sold: number; held?: number }): Promise<string>;
  tier(code: string): Promise<{ id: string; capacity: number; sold: number; held: number }>;
  /** Outbound messages written for a contact, oldest first. */
  sent(contactId: string): Promise<SentMessage[]>;
  close(): Promise<void>;
}

let phoneCounter = 0;

/** A private migrated database with the demo event imported, and queues under a private prefix (no workers). */
export async function startWaitlistDatabase(): Promise<WaitlistDatabase> {
  const database = await createTestDatabase();
  const db = await initDb(database.url, { poolMax: 12 });
  await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
  const queues = createQueues(
    testRedisUrl(),
    `${testRedisPrefix()}-${Math.random().toString(36).slice(2, 8)}`,
  );
  const sql = <T>(query: string, params: unknown[] = []) => db.em.fork().execute<T[]>(query, params);
  let now = BEFORE_EVENT;
  return {
    db,
    queues,
    deps: {
      em: db.em,
      clock: () => now,
      settings: { offerTemplateId: TEMPLATE_ID },
      setNow(at) {
        now = at;
      },
    },
    sql,
    async people(count, options = {}) {
      const people: { id: string; phone: string }[] = [];
      const lastInbound = minutesAfter(BEFORE_EVENT, -(options.lastInboundMinutesAgo ?? 5));
      for (let i = 0; i < count; i++) {
        const phone = `+1555030${String(++phoneCounter).padStart(4, '0')}`;
        const [row] = await sql<{ id: string }>(
          `insert into contacts (id, phone, opted_out, last_inbound_at, created_at)
           values (gen_random_uuid(), ?, false, ?, now()) returning id`,
          [phone, lastInbound],
        );
        // Where the person last wrote from is where offers go.
        await sql(
          `insert into messages (id, direction, channel, address, contact_id, event_id, kind, body, payload, status,
             handled_at, created_at, updated_at)
           values (gen_random_uuid(), 'in', 'whatsapp', ?, ?, ?, 'text', 'hi', '{}', 'handled', ?, ?, ?)`,
          [phone, row!.id, EVENT_ID, lastInbound, lastInbound, lastInbound],
        );
        people.push({ id: row!.id, phone });
      }
      return people;
    },
    async setTier(code, state) {
      const [row] = await sql<{ id: string }>(
        'update ticket_tiers set capacity = ?, sold = ?, held = ? where event_id = ? and code = ? returning id',
        [state.capacity, state.sold, state.held ?? 0, EVENT_ID, code],
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
    async sent(contactId) {
      return sql<SentMessage>(
        `select m.address, m.payload, o.proactive, m.intent from messages m join outbox o on o.message_id = m.id
          where m.contact_id = ? and m.direction = 'out' order by m.created_at`,
        [contactId],
      );
    },
    async close() {
      await queues.waitlist.obliterate({ force: true }).catch(() => {});
      await queues.delivery.obliterate({ force: true }).catch(() => {});
      await queues.close();
      await db.close(true);
      await database.drop();
    },
  };
}
