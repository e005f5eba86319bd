import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { importEvent } from '../../../core/services/event-import/import-event.js';
import { listFaqGaps } from '../../../core/services/faq-gaps/list-faq-gaps.js';
import { countFaqUse } from '../../../core/services/faq-library/count-faq-use.js';
import { sayInline } from '../../support/say-inline.js';
import { demoEventFile, startTestApp, type TestApp } from '../../support/start-test-app.js';

const EVENT = 'devsummit-2026';
const ALICE = '+15550100101';
const BOB = '+15550100102';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(() => app?.close());

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const say = async (from: string, text: string) => (await sayInline(app, from, text)).join('\n---\n');
const usage = async (code: string) =>
  (await sql<{ usage_count: number }>(`select usage_count from faq_library where code = ?`, [code]))[0]!
    .usage_count;
const missesOf = (phone: string) =>
  sql<{ handed_off: boolean }>(
    `select f.handed_off from faq_misses f join messages m on m.id = f.message_id
      join contacts c on c.id = m.contact_id where c.phone = ?`,
    [phone],
  );

describe('FAQ gaps and FAQ usage', () => {
  it('an unanswered question is noted by its message (no copy of its text); an answered one is not', async () => {
    expect(await say(ALICE, 'what is the wifi password?')).toMatch(/lisbon2026/);
    expect(await say(ALICE, 'Can I bring my dog?')).toMatch(/rather not guess/);
    expect(await missesOf(ALICE)).toEqual([{ handed_off: false }]);
    const columns = await sql<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'faq_misses'`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('text');
  });

  it('declining the human leaves the question unanswered but not handed off; accepting marks it', async () => {
    expect(await say(ALICE, 'no')).not.toMatch(/asked the team/);
    expect(await missesOf(ALICE)).toEqual([{ handed_off: false }]);
    expect(await say(BOB, 'are dogs welcome?')).toMatch(/rather not guess/);
    expect(await say(BOB, 'yes')).toMatch(/asked the team/);
    expect(await missesOf(BOB)).toEqual([{ handed_off: true }]);
    const { gaps } = await listFaqGaps(app.deps.db.em.fork(), EVENT);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ count: 2, handedOff: 1 });
  });

  it('counts every use under concurrency: 20 answers at once → usage_count + 20', async () => {
    const before = await usage('faq-parking');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        app.deps.db.em.fork().transactional((tx) => countFaqUse(tx, EVENT, 'faq-parking')),
      ),
    );
    expect(await usage('faq-parking')).toBe(before + 20);
  });

  it('re-importing the event file keeps the counts', async () => {
    const before = await usage('faq-parking');
    expect(before).toBeGreaterThan(0);
    await importEvent(app.deps.db.em.fork(), demoEventFile(), new HashedEmbedder());
    expect(await usage('faq-parking')).toBe(before);
  });

  it('"forget me" removes the person’s unanswered questions from the report', async () => {
    await say(BOB, 'forget me');
    await say(BOB, 'yes');
    expect(await missesOf(BOB)).toEqual([]);
    const { gaps } = await listFaqGaps(app.deps.db.em.fork(), EVENT);
    expect(gaps.map((g) => g.count)).toEqual([1]);
  });
});
