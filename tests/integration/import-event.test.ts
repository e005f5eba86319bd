import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { importEvent } from '../../core/services/event-import/import-event.js';
import { loadEventInfo } from '../../core/services/events/load-event.js';
import { type Db, initDb } from '../../db/orm.js';
import { createTestDatabase } from '../setup/test-database.js';
import { demoEventFile } from '../support/start-test-app.js';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  db = await initDb(database.url, { poolMax: 3 });
});
afterAll(async () => {
  await db?.close(true);
  await drop?.();
});

const count = async (table: string) => {
  const [row] = await db.em.fork().execute<{ n: string }[]>(`select count(*) as n from ${table}`);
  return Number(row!.n);
};

describe('importEvent', () => {
  it('loads every section of the demo event with embeddings', async () => {
    const summary = await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
    expect(summary).toMatchObject({
      eventId: 'devsummit-2026',
      tiers: 4,
      sessions: 11,
      faqs: 16,
      sponsors: 3,
      organizers: 2,
      attendees: 16,
    });
    expect(await count('ticket_tiers')).toBe(4);
    expect(await count('event_sessions')).toBe(11);
    expect(await count('sponsors')).toBe(3);
    expect(await count('organizers')).toBe(2);
    expect(await count('attendees')).toBe(16);
    const [vip] = await db.em
      .fork()
      .execute<{ price_cents: number; aliases: string[] }[]>(
        "select price_cents, aliases from ticket_tiers where code = 'vip'",
      );
    expect(vip).toEqual({ price_cents: 49900, aliases: ['vip', 'premium', 'V.I.P.'] });
    const [faq] = await db.em
      .fork()
      .execute<{ has: boolean }[]>('select bool_and(embedding is not null) as has from faq_library');
    expect(faq?.has).toBe(true);
    const [alice] = await db.em
      .fork()
      .execute<{ phone: string }[]>(
        "select c.phone from attendees a join contacts c on c.id = a.contact_id where a.code = 'a-alice'",
      );
    expect(alice?.phone).toBe('+15550100101');
  });

  it('re-importing updates in place and never duplicates, keeping sales counters', async () => {
    await db.em.fork().execute("update ticket_tiers set sold = 5 where code = 'vip'");
    const file = demoEventFile();
    file.tiers[1]!.name = 'VIP Plus';
    file.faqs = file.faqs.filter((f) => f.id !== 'faq-parking');
    await importEvent(db.em.fork(), file, new HashedEmbedder());
    await importEvent(db.em.fork(), file, new HashedEmbedder());
    expect(await count('ticket_tiers')).toBe(4);
    expect(await count('attendees')).toBe(16);
    expect(await count('contacts')).toBe(16);
    expect(await count('faq_library')).toBe(15);
    const [vip] = await db.em
      .fork()
      .execute<{ name: string; sold: number }[]>("select name, sold from ticket_tiers where code = 'vip'");
    expect(vip).toEqual({ name: 'VIP Plus', sold: 5 });
  });

  it('refuses to lower a capacity below what is sold, with the numbers', async () => {
    const file = demoEventFile();
    file.tiers[1]!.quantity = 3;
    await expect(importEvent(db.em.fork(), file, new HashedEmbedder())).rejects.toThrow(
      /cannot go down to 3: 5 sold/,
    );
    const [vip] = await db.em
      .fork()
      .execute<{ capacity: number }[]>("select capacity from ticket_tiers where code = 'vip'");
    expect(vip?.capacity).toBe(20);
  });

  it("stores the organizer's check-in window and face-data retention, and refuses a window that ends first", async () => {
    const raw = JSON.parse(readFileSync(new URL('../../fixtures/demo-event.json', import.meta.url), 'utf8'));
    raw.event.checkIn = {
      opensAt: '2026-12-09T17:00:00+00:00',
      closesAt: '2026-12-10T12:00:00+00:00',
      faceRetentionDays: 2,
    };
    await importEvent(db.em.fork(), parseEventFile(raw), new HashedEmbedder());
    const info = await loadEventInfo(db.em.fork(), 'devsummit-2026');
    expect(info).toMatchObject({
      checkInOpensAt: new Date('2026-12-09T17:00:00Z'),
      checkInClosesAt: new Date('2026-12-10T12:00:00Z'),
      faceRetentionDays: 2,
    });
    raw.event.checkIn = { opensAt: '2026-12-10T12:00:00+00:00', closesAt: '2026-12-10T11:00:00+01:00' };
    expect(() => parseEventFile(raw)).toThrow(/checkIn.opensAt must be before checkIn.closesAt/);
    // Without the section the event's own days apply again.
    await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
    expect(await loadEventInfo(db.em.fork(), 'devsummit-2026')).toMatchObject({
      checkInOpensAt: null,
      checkInClosesAt: null,
      faceRetentionDays: null,
    });
  });
});
