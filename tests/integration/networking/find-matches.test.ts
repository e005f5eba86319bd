import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { embedProfiles } from '../../../core/services/networking/embed-profiles.js';
import { findMatches, type SuggestedMatch } from '../../../core/services/networking/find-matches.js';
import { matchReasonWords } from '../../../core/services/networking/match-reason-words.js';
import { firstName } from '../../../core/services/networking/meeting-store.js';
import { type Db, initDb } from '../../../db/orm.js';
import { createTestDatabase } from '../../setup/test-database.js';
import { demoEventFile } from '../../support/start-test-app.js';

const EVENT = 'devsummit-2026';
let db: Db;
let drop: () => Promise<void>;
const ids = new Map<string, string>();

async function matchesFor(code: string) {
  return db.em.fork().transactional((tx) => findMatches(tx, { eventId: EVENT, attendeeId: ids.get(code)! }));
}
/** A suggestion's reason as an English reader sees it (the facts in words). */
const inEnglish = (m: SuggestedMatch | undefined) =>
  m ? matchReasonWords(m.reason, firstName(m.name), 'en') : '';
const sql = <T>(q: string, p: unknown[] = []) => db.em.fork().execute<T[]>(q, p);

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  db = await initDb(database.url, { poolMax: 4 });
  await importEvent(db.em.fork(), demoEventFile(), new HashedEmbedder());
  for (const r of await sql<{ id: string; code: string }>('select id, code from attendees'))
    ids.set(r.code, r.id);
});
afterAll(async () => {
  await db.close(true);
  await drop();
});

describe('matchmaking on the demo event', () => {
  it('embeds every imported profile once and derives goals; a re-import embeds nothing again', async () => {
    const [n] = await sql<{ n: number }>('select count(*)::int as n from attendee_embeddings');
    expect(n?.n).toBe(demoEventFile().attendees.length);
    const kinds = await sql<{ kind: string }>(
      'select kind from connection_goals where attendee_id = ? order by kind',
      [ids.get('a-bob')],
    );
    expect(kinds.map((k) => k.kind)).toContain('raising');
    expect(await embedProfiles(db.em.fork(), new HashedEmbedder(), { eventId: EVENT })).toEqual({
      embedded: 0,
      unchanged: demoEventFile().attendees.length,
    });
  });

  it('a changed profile is re-embedded (and its goals re-derived); the others are left alone', async () => {
    await sql(`update attendees set goals = goals || '{"find an internship"}' where code = 'a-lena'`);
    expect(await embedProfiles(db.em.fork(), new HashedEmbedder(), { eventId: EVENT })).toEqual({
      embedded: 1,
      unchanged: demoEventFile().attendees.length - 1,
    });
    const kinds = await sql<{ kind: string }>('select kind from connection_goals where attendee_id = ?', [
      ids.get('a-lena'),
    ]);
    expect(kinds.map((k) => k.kind)).toContain('job_seeking');
    await sql(`update attendees set goals = '{"learn about platform engineering"}' where code = 'a-lena'`);
    await embedProfiles(db.em.fork(), new HashedEmbedder(), { eventId: EVENT });
  });

  it('an investor looking for seed-stage founders sees the founders who want investors at the top', async () => {
    const top = await matchesFor('a-emeka');
    expect(top.length).toBeGreaterThanOrEqual(3);
    expect(
      top
        .slice(0, 2)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Bob Chen', 'Fatima Zahra']);
    expect(inEnglish(top.find((m) => m.name === 'Bob Chen'))).toMatch(/Bob wants to meet investors/);
  });

  it('stores each reason as facts, not words, replacing an English reason written before them', async () => {
    await sql(
      `update matches set reason = 'Bob wants to meet investors', reason_facts = null
        where attendee_id = ? and suggested_id = ?`,
      [ids.get('a-emeka'), ids.get('a-bob')],
    );
    await matchesFor('a-emeka');
    const [row] = await sql<{ reason: string | null; reason_facts: unknown }>(
      'select reason, reason_facts from matches where attendee_id = ? and suggested_id = ?',
      [ids.get('a-emeka'), ids.get('a-bob')],
    );
    expect(row?.reason).toBeNull();
    expect(row?.reason_facts).toContainEqual({ kind: 'they_want', goal: 'raising', words: 'meet investors' });
    // The same facts read in each reader's language; Bob's own words stay as he wrote them.
    const facts = row!.reason_facts as SuggestedMatch['reason'];
    expect(matchReasonWords(facts, 'Bob', 'es')).toMatch(/^Bob busca: «meet investors»/);
    expect(matchReasonWords(facts, 'Bob', 'pt')).toMatch(/^Bob procura: «meet investors»/);
  });

  it('a pgvector speaker sees the people who want to learn about pgvector and vector databases', async () => {
    const top = await matchesFor('a-dmitri');
    const names = top.slice(0, 4).map((m) => m.name);
    expect(names).toContain('Priya Nair');
    expect(names).toContain('Grace Kim');
    expect(inEnglish(top.find((m) => m.name === 'Priya Nair'))).toMatch(
      /Priya wants to learn about pgvector/,
    );
    const grace = await matchesFor('a-grace');
    expect(inEnglish(grace.find((m) => m.name === 'Dmitri Ivanov'))).toMatch(
      /learn about vector databases and Dmitri works on vector search/,
    );
  });

  it('never suggests hidden profiles, people marked not interested, or people already met', async () => {
    const before = (await matchesFor('a-emeka')).map((m) => m.name);
    expect(before).toContain('Bob Chen');
    await sql(
      `insert into networking_preferences (attendee_id, visibility, updated_at) values (?, 'hidden', now())`,
      [ids.get('a-bob')],
    );
    await sql(`update matches set status = 'not_interested' where attendee_id = ? and suggested_id = ?`, [
      ids.get('a-emeka'),
      ids.get('a-fatima'),
    ]);
    const after = (await matchesFor('a-emeka')).map((m) => m.name);
    expect(after).not.toContain('Bob Chen');
    expect(after).not.toContain('Fatima Zahra');
    expect(after).not.toContain('Emeka Obi');
    await sql('delete from networking_preferences where attendee_id = ?', [ids.get('a-bob')]);
  });
});
