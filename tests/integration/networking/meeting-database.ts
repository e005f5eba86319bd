import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { DEFAULT_MEETING_TEMPLATES } from '../../../core/meeting-templates.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { type EventInfo, loadEventInfo } from '../../../core/services/events/load-event.js';
import { type Db, initDb } from '../../../db/orm.js';
import { createTestDatabase } from '../../setup/test-database.js';
import { demoEventFile } from '../../support/start-test-app.js';

export const EVENT_ID = 'devsummit-2026';
/** A week before the demo event (10–11 Dec 2026, Europe/Lisbon = UTC in December). */
export const NOW = new Date('2026-12-01T10:00:00Z');
export const AT_3PM = new Date('2026-12-10T15:00:00Z');
export const templates = DEFAULT_MEETING_TEMPLATES;

export interface MeetingDatabase {
  db: Db;
  event: EventInfo;
  /** Attendee ids by event-file code (a-bob …). */
  ids: Map<string, string>;
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  /** A pending request inserted directly (as if made earlier), for races on accepting. */
  pending(requester: string, invitee: string, startsAt: Date): Promise<string>;
  close(): Promise<void>;
}

/** A private migrated database with the demo event imported (profiles embedded), no queues. */
export async function startMeetingDatabase(): Promise<MeetingDatabase> {
  const database = await createTestDatabase();
  const db = await initDb(database.url, { poolMax: 16 });
  await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
  const sql = <T>(query: string, params: unknown[] = []) => db.em.fork().execute<T[]>(query, params);
  const ids = new Map(
    (await sql<{ id: string; code: string }>('select id, code from attendees')).map((r) => [r.code, r.id]),
  );
  const event = (await loadEventInfo(db.em.fork(), EVENT_ID))!;
  return {
    db,
    event,
    ids,
    sql,
    async pending(requester, invitee, startsAt) {
      const [row] = await sql<{ id: string }>(
        `insert into meetings (id, event_id, requester_id, invitee_id, starts_at, ends_at, status, expires_at, created_at, updated_at)
         values (gen_random_uuid(), ?, ?, ?, ?, ?::timestamptz + interval '20 minutes', 'pending', ?, now(), now()) returning id`,
        [EVENT_ID, ids.get(requester), ids.get(invitee), startsAt, startsAt, startsAt],
      );
      return row!.id;
    },
    async close() {
      await db.close(true);
      await database.drop();
    },
  };
}
