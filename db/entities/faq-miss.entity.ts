import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { VectorType } from 'pgvector/mikro-orm';
import { Event } from './event.entity.js';
import { FAQ_EMBEDDING_DIMENSIONS } from './faq.entity.js';
import { Message } from './message.entity.js';

/**
 * A question the bot could not answer from the FAQ library (below the FAQ floor): the raw material of
 * `/eventos faq gaps`. The text is not copied: it is read from the message, so the retention rules that blank
 * message texts (core/services/retention) and "forget me" reach it too. The question's embedding (the FAQ
 * library's own offline embedder, so both live in one space) is what the report clusters by. Unique per
 * message, so a retried message counts once.
 */
const FaqMissSchema = defineEntity({
  name: 'FaqMiss',
  tableName: 'faq_misses',
  uniques: [{ properties: ['message'] }],
  indexes: [{ properties: ['event', 'createdAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event).deleteRule('cascade'),
    message: () => p.manyToOne(Message).deleteRule('cascade'),
    embedding: p.type(VectorType).length(FAQ_EMBEDDING_DIMENSIONS),
    embeddingModel: p.string(),
    /** The person then took the offer of a human (the question went to the team). */
    handedOff: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class FaqMiss extends FaqMissSchema.class {}
FaqMissSchema.setClass(FaqMiss);
