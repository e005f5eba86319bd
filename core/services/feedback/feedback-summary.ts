import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

/** One session's ratings: how many, the average, how many of each 1–5, and comments (newest first). */
export interface SessionFeedbackSummary {
  code: string;
  title: string;
  asked: number;
  ratings: number;
  average: number | null;
  /** Index 0 is the count of 1s … index 4 of 5s. */
  distribution: [number, number, number, number, number];
  /** The topics its comments and complaints were about (feedback_analysis), most frequent first. */
  topics: { topic: string; count: number }[];
  comments: string[];
}

export type FeedbackSummaryOutcome =
  | { kind: 'sessions'; sessions: SessionFeedbackSummary[] }
  | { kind: 'unknown-session'; query: string };

/** Comments shown per session in `/eventos feedback <session>` (the newest). */
const COMMENTS_SHOWN = 5;
/** Topics shown per session. */
const TOPICS_SHOWN = 3;

/**
 * Feedback per session for organizers: every session that was asked about, or the one named (its code,
 * title or an alias, any case). Comments carry no names: organizers read what was said, not who said it.
 */
export async function summariseFeedback(
  em: EntityManager,
  eventId: string,
  query: string,
): Promise<FeedbackSummaryOutcome> {
  const db = kysely(em);
  const q = query.trim().toLowerCase();
  let sessions = db
    .selectFrom('EventSession as s')
    .innerJoin('SessionFeedback as f', 'f.session', 's.id')
    .select((eb) => [
      's.id',
      's.code',
      's.title',
      's.startsAt',
      eb.fn.countAll<string>().as('asked'),
      eb.fn.count<string>('f.rating').as('ratings'),
      eb.fn.avg<string | null>('f.rating').as('average'),
      sql<number[]>`array[
        count(*) filter (where f.rating = 1), count(*) filter (where f.rating = 2),
        count(*) filter (where f.rating = 3), count(*) filter (where f.rating = 4),
        count(*) filter (where f.rating = 5)]::int[]`.as('distribution'),
    ])
    .where('s.event', '=', eventId)
    .groupBy(['s.id', 's.code', 's.title', 's.startsAt'])
    .orderBy('s.startsAt');
  if (q) {
    const named = await db
      .selectFrom('EventSession as s')
      .select('s.id')
      .where('s.event', '=', eventId)
      .where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['s.code']), '=', q),
          eb(eb.fn('lower', ['s.title']), 'like', `%${q.replace(/[%_\\]/g, '\\$&')}%`),
          sql<boolean>`${q} = any(select lower(a) from unnest(${eb.ref('s.aliases')}) a)`,
        ]),
      )
      .orderBy('s.startsAt')
      .executeTakeFirst();
    if (!named) return { kind: 'unknown-session', query };
    sessions = sessions.where('s.id', '=', named.id);
  }
  const rows = await sessions.execute();
  const topics = await topTopics(
    em,
    rows.map((r) => r.id),
  );
  const summaries: SessionFeedbackSummary[] = [];
  for (const row of rows) {
    const comments = q
      ? await db
          .selectFrom('SessionFeedback')
          .select('comment')
          .where('session', '=', row.id)
          .where('comment', 'is not', null)
          .orderBy('commentedAt', 'desc')
          .limit(COMMENTS_SHOWN)
          .execute()
      : [];
    const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0] = row.distribution;
    summaries.push({
      code: row.code,
      title: row.title,
      asked: Number(row.asked),
      ratings: Number(row.ratings),
      average: row.average === null ? null : Number(row.average),
      distribution: [d1, d2, d3, d4, d5],
      topics: topics.get(row.id) ?? [],
      comments: comments.map((c) => c.comment ?? ''),
    });
  }
  return { kind: 'sessions', sessions: summaries };
}

/**
 * Each session's most frequent topics over its analysed comments and complaints (the aggregate-only
 * feedback_analysis rows: no person is read), counted here from one read for all the sessions listed.
 */
async function topTopics(
  em: EntityManager,
  sessionIds: string[],
): Promise<Map<string, { topic: string; count: number }[]>> {
  const out = new Map<string, { topic: string; count: number }[]>();
  if (sessionIds.length === 0) return out;
  const rows = await kysely(em)
    .selectFrom('FeedbackAnalysis')
    .select(['session', 'keyTopics'])
    .where('session', 'in', sessionIds)
    .execute();
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!row.session) continue;
    const mine = counts.get(row.session) ?? new Map<string, number>();
    for (const topic of new Set(row.keyTopics)) mine.set(topic, (mine.get(topic) ?? 0) + 1);
    counts.set(row.session, mine);
  }
  for (const [session, mine] of counts) {
    out.set(
      session,
      [...mine]
        .map(([topic, count]) => ({ topic, count }))
        .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
        .slice(0, TOPICS_SHOWN),
    );
  }
  return out;
}
