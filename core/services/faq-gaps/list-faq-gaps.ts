import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { clusterQuestions } from './cluster-questions.js';

/**
 * Two unanswered questions are about the same thing when the cosine distance of their embeddings is below
 * this. Measured on the offline hashed embedder: rephrasings of one question ("Can I bring my dog?", "are
 * dogs welcome?", "is bringing a dog fine?") are 0.17–0.66 apart, unrelated questions 0.85–1.0.
 */
export const GAP_DISTANCE = 0.7;
/** The newest unanswered questions the report reads (the neighbour search is quadratic in them). */
const MAX_QUESTIONS = 500;
const EXAMPLES = 3;

export interface FaqGap {
  /** The centre question's miss id: what "Add FAQ" opens the form with. */
  missId: string;
  count: number;
  /** How many of them the person then took to a human. */
  handedOff: number;
  /** A few of the texts, the centre's first (newest first after it). */
  examples: string[];
  lastAskedAt: Date;
}

export interface FaqGapsOutcome {
  gaps: FaqGap[];
  /** Unanswered questions read (texts blanked by retention are skipped). */
  questions: number;
}

/**
 * `/eventos faq gaps`: the event's unanswered questions clustered by similarity (pgvector `<=>` finds the
 * pairs closer than GAP_DISTANCE; clusterQuestions groups them), biggest first. Texts are read from the
 * messages, so those retention has blanked (or "forget me" deleted) are left out.
 */
export async function listFaqGaps(em: EntityManager, eventId: string, limit = 10): Promise<FaqGapsOutcome> {
  const db = kysely(em);
  const rows = await db
    .selectFrom('FaqMiss as f')
    .innerJoin('Message as m', 'm.id', 'f.message')
    .select([
      'f.id',
      'f.handedOff',
      'f.createdAt',
      sql<string>`coalesce(nullif(${sql.ref('m.body')}, ''), ${sql.ref('m.transcript')}->>'text', '')`.as(
        'text',
      ),
    ])
    .where('f.event', '=', eventId)
    .where(sql<boolean>`not (${sql.ref('m.payload')} ? 'blanked')`)
    .orderBy('f.createdAt', 'desc')
    .orderBy('f.id')
    .limit(MAX_QUESTIONS)
    .execute();
  const questions = rows.filter((r) => r.text.trim().length > 0);
  if (questions.length === 0) return { gaps: [], questions: 0 };
  const ids = questions.map((q) => q.id);
  const pairs = await db
    .selectFrom('FaqMiss as a')
    .innerJoin('FaqMiss as b', (join) => join.on(sql<boolean>`${sql.ref('a.id')} < ${sql.ref('b.id')}`))
    .select(['a.id as a', 'b.id as b'])
    .where('a.id', 'in', ids)
    .where('b.id', 'in', ids)
    .where(sql<boolean>`(${sql.ref('a.embedding')} <=> ${sql.ref('b.embedding')}) < ${GAP_DISTANCE}`)
    .execute();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const gaps = clusterQuestions(
    ids,
    pairs.map((p) => [p.a, p.b]),
  ).map((members): FaqGap => {
    const rowsOf = members.map((id) => byId.get(id)!);
    const examples = [...new Set(rowsOf.map((r) => r.text.trim()))].slice(0, EXAMPLES);
    return {
      missId: members[0]!,
      count: members.length,
      handedOff: rowsOf.filter((r) => r.handedOff).length,
      examples,
      lastAskedAt: new Date(Math.max(...rowsOf.map((r) => new Date(r.createdAt).getTime()))),
    };
  });
  gaps.sort((x, y) => y.count - x.count || y.lastAskedAt.getTime() - x.lastAskedAt.getTime());
  return { gaps: gaps.slice(0, limit), questions: questions.length };
}

/** The text of one unanswered question, for the "Add FAQ" form; null when gone or blanked by retention. */
export async function readFaqMissQuestion(
  em: EntityManager,
  eventId: string,
  missId: string,
): Promise<string | null> {
  const row = await kysely(em)
    .selectFrom('FaqMiss as f')
    .innerJoin('Message as m', 'm.id', 'f.message')
    .select(
      sql<string>`coalesce(nullif(${sql.ref('m.body')}, ''), ${sql.ref('m.transcript')}->>'text', '')`.as(
        'text',
      ),
    )
    .where('f.id', '=', missId)
    .where('f.event', '=', eventId)
    .where(sql<boolean>`not (${sql.ref('m.payload')} ? 'blanked')`)
    .executeTakeFirst();
  const text = row?.text.trim() ?? '';
  return text.length > 0 ? text : null;
}
