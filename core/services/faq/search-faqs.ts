import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import pgvector from 'pgvector';
import type { FaqAnswerTranslations } from '../../../db/entities/faq.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { Embedder } from '../../ports/embedder.js';
import type { FaqSemantics } from '../../ports/faq-semantics.js';

export interface FaqHit {
  code: string;
  question: string;
  answer: string;
  /** The answer in other languages (pt, es), when the event file gives them. */
  answerTranslations: FaqAnswerTranslations | null;
  /** Cosine similarity of the offline embeddings, 0..1. */
  similarity: number;
  /** Cosine similarity in the cloud model's space (0 when it is not configured or did not answer). */
  semanticSimilarity: number;
  /** Full-text rank (0 when no keyword matched). */
  keywordRank: number;
  score: number;
}

/** A question as FAQ search reads it: embedded once, by the FAQ library's own (offline) embedder. */
export interface EmbeddedQuestion {
  text: string;
  vector: number[];
  /** The embedder's model, stored beside a vector so spaces never mix. */
  model: string;
  /** Its vector in the cloud model's space, when one is configured and answered in time. */
  cloud: { vector: number[]; model: string } | null;
}

/** Embeds a question offline and, with a cloud model configured, in its space too (at the same time). */
export async function embedQuestion(
  embedder: Embedder,
  text: string,
  semantics: FaqSemantics | null = null,
): Promise<EmbeddedQuestion> {
  const [[vector], cloud] = await Promise.all([
    embedder.embed([text]),
    semantics ? semantics.embedQuery(text) : Promise.resolve(null),
  ]);
  return {
    text,
    vector: vector ?? [],
    model: embedder.model,
    cloud: cloud && semantics ? { vector: cloud, model: semantics.model } : null,
  };
}

/** Below this combined score we do not answer: we say we are not sure and offer a human. */
export const FAQ_SCORE_FLOOR = 0.42;

/**
 * A cloud similarity counts only from here: OpenAI's text-embedding-3 models put loosely related texts at
 * 0.3–0.45 cosine, which the offline floor alone would answer. Not tuned on real traffic (the machine this
 * was built on has no access to OpenAI): keep it strict, since below the floor a person is offered a human.
 */
export const SEMANTIC_SIMILARITY_FLOOR = 0.5;

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);

/**
 * Hybrid search over one event's FAQ library: nearest neighbours by cosine distance (HNSW) united with
 * full-text matches, scored as similarity plus a keyword bonus. With a cloud model configured, its nearest
 * neighbours join the candidates and a FAQ's similarity is the better of the two spaces — so a paraphrase
 * the offline hash cannot place still reaches its FAQ, and an outage only loses that help. The caller
 * applies the floor.
 */
export async function searchFaqs(
  em: EntityManager,
  eventId: string,
  question: EmbeddedQuestion,
  limit = 3,
): Promise<FaqHit[]> {
  const vector = question.vector.length > 0 ? question.vector : null;
  const tsQuery = words(question.text).join(' | ');
  const cloudNear = question.cloud ? sql`${pgvector.toSql(question.cloud.vector)}::vector` : null;
  const cloudModel = question.cloud?.model ?? '';
  // The query vector as pgvector's SQL literal ('[0.1,…]', what the entity's VectorType writes), typed by a cast.
  const near = sql`${pgvector.toSql(vector)}::vector`;
  const keywords = sql`to_tsquery('english', ${tsQuery.length > 0 ? tsQuery : 'a'})`;
  const k = kysely(em);
  /** The text a FAQ is searched by, as the full-text index (faq_library_fts) has it. */
  const document = (f: 'f' | 'g') =>
    sql`to_tsvector('english', ${sql.ref(`${f}.question`)} || ' ' || ${sql.ref(`${f}.answer`)})`;
  const rows = await k
    .selectFrom('Faq as f')
    .select((eb) => [
      'f.code',
      'f.question',
      'f.answer',
      'f.answerTranslations',
      sql<number>`coalesce(1 - (${eb.ref('f.embedding')} <=> ${near}), 0)`.as('similarity'),
      sql<number>`ts_rank(${document('f')}, ${keywords})`.as('keywordRank'),
      (cloudNear
        ? sql<number>`case when ${eb.ref('f.semanticModel')} = ${cloudModel} then coalesce(1 - (${eb.ref('f.semanticEmbedding')} <=> ${cloudNear}), 0) else 0 end`
        : sql<number>`0`
      ).as('semanticSimilarity'),
    ])
    .where((eb) => {
      // Up to 8 candidates from each index: offline vectors, full text, and the cloud vectors when configured.
      const eventFaqs = () => eb.selectFrom('Faq as g').select('g.id').where('g.event', '=', eventId);
      return eb.or([
        eb(
          'f.id',
          'in',
          eventFaqs()
            .where('g.embedding', 'is not', null)
            .orderBy(sql`${sql.ref('g.embedding')} <=> ${near}`)
            .limit(8),
        ),
        eb(
          'f.id',
          'in',
          eventFaqs()
            .where(sql<boolean>`${document('g')} @@ ${keywords}`)
            .limit(8),
        ),
        ...(cloudNear
          ? [
              eb(
                'f.id',
                'in',
                eventFaqs()
                  .where('g.semanticModel', '=', cloudModel)
                  .orderBy(sql`${sql.ref('g.semanticEmbedding')} <=> ${cloudNear}`)
                  .limit(8),
              ),
            ]
          : []),
      ]);
    })
    .execute();
  return rows
    .map((r) => {
      const similarity = Number(r.similarity);
      const cloudSimilarity = Number(r.semanticSimilarity);
      const semanticSimilarity = cloudSimilarity >= SEMANTIC_SIMILARITY_FLOOR ? cloudSimilarity : 0;
      const keywordRank = Number(r.keywordRank);
      return {
        code: r.code,
        question: r.question,
        answer: r.answer,
        answerTranslations: r.answerTranslations ?? null,
        similarity,
        semanticSimilarity,
        keywordRank,
        score: Math.max(similarity, semanticSimilarity) + Math.min(0.2, keywordRank * 2),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
