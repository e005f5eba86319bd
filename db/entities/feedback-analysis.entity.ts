import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Event } from './event.entity.js';
import { EventSession } from './event-session.entity.js';
import { Message } from './message.entity.js';

/**
 * Sentiment, topics and urgency of one session comment or free-text complaint (the seed's
 * feedback_analysis). No contact column: per-session sentiment is read only as an aggregate, as the seed's
 * privacy note asks; the message it came from is kept so an urgent alert's "Reply" can reach the person.
 * Unique per message, so a retried job analyses and alerts once.
 */
const FeedbackAnalysisSchema = defineEntity({
  name: 'FeedbackAnalysis',
  tableName: 'feedback_analysis',
  uniques: [{ properties: ['message'] }],
  indexes: [{ properties: ['event', 'createdAt'] }, { properties: ['session'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event).deleteRule('cascade'),
    session: () => p.manyToOne(EventSession).nullable().deleteRule('set null'),
    message: () => p.manyToOne(Message).nullable().deleteRule('set null'),
    source: p.enum(['comment', 'message'] as const),
    /** -1 (very negative) … 1 (very positive). */
    sentimentScore: p.double(),
    keyTopics: p.array().default([]),
    urgency: p.enum(['normal', 'urgent'] as const),
    analyser: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class FeedbackAnalysis extends FeedbackAnalysisSchema.class {}
FeedbackAnalysisSchema.setClass(FeedbackAnalysis);
