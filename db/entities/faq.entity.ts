import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { VectorType } from 'pgvector/mikro-orm';
import { Event } from './event.entity.js';

/** Dimension of the local hashed embedding (adapters/providers/embeddings). */
export const FAQ_EMBEDDING_DIMENSIONS = 256;

/** A FAQ's answer per attendee language other than English. */
export type FaqAnswerTranslations = { pt?: string; es?: string };

const FaqSchema = defineEntity({
  name: 'Faq',
  tableName: 'faq_library',
  uniques: [{ properties: ['event', 'code'] }],
  // Declared here (not only in the migration) so schema diffs keep them.
  indexes: [
    {
      name: 'faq_library_embedding_hnsw',
      expression:
        'create index "faq_library_embedding_hnsw" on "faq_library" using hnsw ("embedding" vector_cosine_ops)',
    },
    {
      name: 'faq_library_fts',
      expression: `create index "faq_library_fts" on "faq_library" using gin (to_tsvector('english', "question" || ' ' || "answer"))`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    code: p.string(),
    question: p.text(),
    answer: p.text(),
    category: p.string().default('general'),
    /** Other phrasings of the question (event file `alternatives`), used by the NLU's FAQ ranking. */
    alternatives: p.array().default([]),
    /** The answer in other languages (event file `answers`: pt, es), by locale; English is `answer`. */
    answerTranslations: p.json<FaqAnswerTranslations>().nullable(),
    /** Question + answer embedded; searched by cosine distance (HNSW index in the migration). */
    embedding: p.type(VectorType).length(FAQ_EMBEDDING_DIMENSIONS).nullable(),
    /** Which embedder produced `embedding`, so a provider change re-embeds instead of mixing spaces. */
    embeddingModel: p.string().nullable(),
    /** Question, alternative phrasings and answer embedded by the cloud model (EMBEDDINGS_PROVIDER=openai). */
    semanticEmbedding: p.type(VectorType).length(FAQ_EMBEDDING_DIMENSIONS).nullable(),
    /** Which model produced `semanticEmbedding` (null: not yet, or edited since). */
    semanticModel: p.string().nullable(),
    /** How often the bot answered with this FAQ (the seed's faq_library.usage_count), counted atomically. */
    usageCount: p.integer().default(0),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Faq extends FaqSchema.class {}
FaqSchema.setClass(Faq);
