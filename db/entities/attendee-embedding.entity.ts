import { defineEntity, p } from '@mikro-orm/core';
import { VectorType } from 'pgvector/mikro-orm';
import { Attendee } from './attendee.entity.js';

/**
 * One profile vector per attendee for pgvector matchmaking (HNSW, cosine). `sourceHash` is the hash of the
 * profile text that was embedded, so an unchanged profile is not embedded again; `model` names the vector
 * space, so switching embedding providers re-embeds instead of comparing vectors from two spaces.
 */
const AttendeeEmbeddingSchema = defineEntity({
  name: 'AttendeeEmbedding',
  tableName: 'attendee_embeddings',
  indexes: [
    {
      name: 'attendee_embeddings_embedding_hnsw',
      expression:
        'create index "attendee_embeddings_embedding_hnsw" on "attendee_embeddings" using hnsw ("embedding" vector_cosine_ops) with (m = 16, ef_construction = 64)',
    },
  ],
  properties: {
    attendee: () => p.oneToOne(Attendee).primary().deleteRule('cascade'),
    /** Copied from the attendee so the candidate query filters without a join. */
    eventId: p.string().index(),
    model: p.string(),
    embedding: p.type(VectorType).length(256),
    sourceHash: p.string(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class AttendeeEmbedding extends AttendeeEmbeddingSchema.class {}
AttendeeEmbeddingSchema.setClass(AttendeeEmbedding);
