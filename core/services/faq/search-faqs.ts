import type { EntityManager } from '@mikro-orm/postgresql';
import pgvector from 'pgvector';
import type { Embedder } from '../../ports/embedder.js';

export interface FaqHit {
  code: string;
  question: string;
  answer: string;
  /** Cosine similarity of the embeddings, 0..1. */
  similarity: number;
  /** Full-text rank (0 when no keyword matched). */
  keywordRank: number;
  score: number;
}

/** Below this combined score we do not answer: we say we are not sure and offer a human. */
export const FAQ_SCORE_FLOOR = 0.42;

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);

/**
 * Hybrid search over one event's FAQ library: nearest neighbours by cosine distance (HNSW) united with
 * full-text matches, scored as similarity plus a keyword bonus. The caller applies the floor.
 */
export async function searchFaqs(
  em: EntityManager,
  embedder: Embedder,
  eventId: string,
  query: string,
  limit = 3,
): Promise<FaqHit[]> {
  const [vector] = await embedder.embed([query]);
  const tsQuery = words(query).join(' | ');
  const rows = await em.execute<
    { code: string; question: string; answer: string; similarity: number; keyword_rank: number }[]
  >(
    `with q as (select ?::vector as v, to_tsquery('english', ?) as tsq),
     candidates as (
       (select f.id from faq_library f, q where f.event_id = ? and f.embedding is not null
          order by f.embedding <=> q.v limit 8)
       union
       (select f.id from faq_library f, q where f.event_id = ?
          and to_tsvector('english', f.question || ' ' || f.answer) @@ q.tsq limit 8)
     )
     select f.code, f.question, f.answer,
            coalesce(1 - (f.embedding <=> q.v), 0) as similarity,
            ts_rank(to_tsvector('english', f.question || ' ' || f.answer), q.tsq) as keyword_rank
       from faq_library f join candidates c on c.id = f.id, q`,
    [pgvector.toSql(vector ?? null), tsQuery.length > 0 ? tsQuery : 'a', eventId, eventId],
  );
  return rows
    .map((r) => {
      const similarity = Number(r.similarity);
      const keywordRank = Number(r.keyword_rank);
      return {
        code: r.code,
        question: r.question,
        answer: r.answer,
        similarity,
        keywordRank,
        score: similarity + Math.min(0.2, keywordRank * 2),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
