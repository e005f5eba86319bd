import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { EventSession } from './event-session.entity.js';

/** asked → rated → commented, or rated → skipped (no comment); a request never answered stays `asked`. */
export const SESSION_FEEDBACK_STATUSES = ['asked', 'rated', 'commented', 'skipped'] as const;
export type SessionFeedbackStatus = (typeof SESSION_FEEDBACK_STATUSES)[number];

/**
 * One "How was <session>? 1–5" request and its answer. Unique per session and contact (asked at most once);
 * the rating is written by a guarded update (`rating is null`), so a repeated tap never counts twice.
 */
const SessionFeedbackSchema = defineEntity({
  name: 'SessionFeedback',
  tableName: 'session_feedback',
  uniques: [{ properties: ['session', 'contact'] }],
  indexes: [{ properties: ['contact', 'askedAt'] }],
  checks: [{ name: 'session_feedback_rating_check', expression: '(rating >= 1) AND (rating <= 5)' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(EventSession).deleteRule('cascade'),
    contact: () => p.manyToOne(Contact),
    status: p.enum(SESSION_FEEDBACK_STATUSES).default('asked'),
    rating: p.integer().nullable(),
    comment: p.text().nullable(),
    askedAt: p.datetime(),
    ratedAt: p.datetime().nullable(),
    commentedAt: p.datetime().nullable(),
  },
});

export class SessionFeedback extends SessionFeedbackSchema.class {}
SessionFeedbackSchema.setClass(SessionFeedback);
