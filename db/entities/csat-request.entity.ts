import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Conversation } from './conversation.entity.js';
import { Handoff } from './handoff.entity.js';

/** Who ended the issue the person is asked about: an organizer (a resolved handoff) or the bot. */
export const CSAT_SOURCES = ['human', 'bot'] as const;
export type CsatSource = (typeof CSAT_SOURCES)[number];

/**
 * One "Did we solve it? 👍/👎" after a resolved conversation (the seed's chatbot_logs satisfaction_rating):
 * once per handoff (unique), answered once (a guarded update on `rating is null`). 1 is 👍, 0 is 👎. The
 * latest answer is also kept on the conversation (`satisfactionRating`).
 */
const CsatRequestSchema = defineEntity({
  name: 'CsatRequest',
  tableName: 'csat_requests',
  uniques: [{ properties: ['handoff'] }],
  indexes: [
    { properties: ['conversation'] },
    // Once per conversation for the bot's own question (a handoff's are once per handoff, above).
    {
      name: 'csat_requests_bot_once',
      expression: `create unique index "csat_requests_bot_once" on "csat_requests" ("conversation_id") where "source" = 'bot'`,
    },
  ],
  checks: [{ name: 'csat_requests_rating_check', expression: '(rating >= 0) AND (rating <= 1)' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    conversation: () => p.manyToOne(Conversation).deleteRule('cascade'),
    handoff: () => p.manyToOne(Handoff).nullable().deleteRule('cascade'),
    source: p.enum(CSAT_SOURCES),
    askedAt: p.datetime(),
    rating: p.integer().nullable(),
    ratedAt: p.datetime().nullable(),
  },
});

export class CsatRequest extends CsatRequestSchema.class {}
CsatRequestSchema.setClass(CsatRequest);
