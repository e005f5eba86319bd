import { HashedEmbedder } from '../../adapters/providers/embeddings/hashed-embedder.js';
import { embedProfiles } from '../../core/services/networking/embed-profiles.js';
import { findMatches, HNSW_EF_SEARCH } from '../../core/services/networking/find-matches.js';
import type { Db } from '../../db/orm.js';
import { percentile, printTable } from './bench-app.js';
import { scratchDatabase } from './scratch-database.js';
import { syntheticProfiles } from './synthetic-profiles.js';

const EVENT_ID = 'devsummit-2026';
const POOL = 8;

/**
 * Matchmaking at scale on a throwaway database: 10,000 synthetic attendees with varied profiles (plus the
 * demo's 16), profiles embedded by the offline embedder, then top-5 suggestions for every synthetic attendee
 * through the real path (findMatches: HNSW candidates + complementary goals, re-ranked, saved to `matches`)
 * at a fixed concurrency — matches/s and latency; then recall@5 of the HNSW query against exact search
 * (sequential scan) for a sample of attendees.
 */
export async function benchMatches(opts: {
  out: NodeJS.WritableStream;
  attendees?: number;
  recallSample?: number;
  concurrency?: number;
}) {
  const count = opts.attendees ?? 10_000;
  const sample = Math.min(count, opts.recallSample ?? 2_000);
  const concurrency = opts.concurrency ?? POOL;
  const scratch = await scratchDatabase(POOL);
  try {
    const { db } = scratch;
    const ids = await insertAttendees(db, count);
    const embedStarted = performance.now();
    await embedProfiles(db.em.fork(), new HashedEmbedder(), { eventId: EVENT_ID });
    const embedSeconds = (performance.now() - embedStarted) / 1000;
    await db.em.fork().execute('analyze attendee_embeddings');

    // Top-5 for everyone, through the real service, one transaction each as the chat skill runs it.
    const latencies: number[] = [];
    let next = 0;
    let empty = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < ids.length) {
          const attendeeId = ids[next++]!;
          const t = performance.now();
          const found = await db.em
            .fork()
            .transactional((tx) => findMatches(tx, { eventId: EVENT_ID, attendeeId, limit: 5 }));
          latencies.push(performance.now() - t);
          if (found.length < 5) empty++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    const recall = await recallAt5(db, ids.slice(0, sample));
    const figures = {
      attendees: count,
      matches_per_s: Math.round(count / seconds),
      p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
      recall_at_5: Math.round(recall * 1000) / 1000,
    };
    printTable(opts.out, 'matches: top-5 suggestions for every attendee', {
      'synthetic attendees': count,
      'profiles embedded (s)': Math.round(embedSeconds * 10) / 10,
      'suggestion runs': ids.length,
      concurrency,
      'runs with < 5 suggestions': empty,
      'matches/s (attendees served per second)': figures.matches_per_s,
      'p50 ms': figures.p50_ms,
      'p99 ms': figures.p99_ms,
      [`recall@5, HNSW (ef_search ${HNSW_EF_SEARCH}) vs exact, ${sample} attendees`]: figures.recall_at_5,
    });
    return figures;
  } finally {
    await scratch.drop();
  }
}

/** Share of the exact 5 nearest neighbours the HNSW query (as findMatches runs it) also returns. */
async function recallAt5(db: Db, ids: string[]): Promise<number> {
  const query = `select attendee_id from attendee_embeddings
                  where event_id = ? and model = ? and attendee_id <> ?
                  order by embedding <=> (select embedding from attendee_embeddings where attendee_id = ?) limit 5`;
  const model = new HashedEmbedder().model;
  let hits = 0;
  for (const id of ids) {
    const run = (settings: string[]) =>
      db.em.fork().transactional(async (tx) => {
        for (const s of settings) await tx.execute(s);
        const [mine] = await tx.execute<{ embedding: string }[]>(
          'select embedding::text as embedding from attendee_embeddings where attendee_id = ?',
          [id],
        );
        const rows = await tx.execute<{ attendee_id: string }[]>(
          query.replace('(select embedding from attendee_embeddings where attendee_id = ?)', '?::vector'),
          [EVENT_ID, model, id, mine!.embedding],
        );
        return rows.map((r) => r.attendee_id);
      });
    const approximate = new Set(await run([`set local hnsw.ef_search = ${HNSW_EF_SEARCH}`]));
    const exact = await run(['set local enable_indexscan = off']);
    hits += exact.filter((x) => approximate.has(x)).length / Math.max(1, exact.length);
  }
  return hits / ids.length;
}

async function insertAttendees(db: Db, count: number): Promise<string[]> {
  const ids: string[] = [];
  const profiles = syntheticProfiles(count);
  for (let i = 0; i < profiles.length; i += 1000) {
    const chunk = profiles.slice(i, i + 1000);
    const rows = await db.em.fork().execute<{ id: string }[]>(
      `insert into attendees (id, event_id, code, name, company, role, industry, interests, goals, created_at)
       select gen_random_uuid(), ?, x.code, x.name, x.company, x.role, x.industry,
              array(select jsonb_array_elements_text(x.interests)), array(select jsonb_array_elements_text(x.goals)), now()
         from jsonb_to_recordset(?::jsonb) as x(code text, name text, company text, role text, industry text,
                                                 interests jsonb, goals jsonb)
       returning id`,
      [EVENT_ID, JSON.stringify(chunk)],
    );
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
