import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Event } from './event.entity.js';

/**
 * A suggestion shown to `attendee` (who to meet: `suggested`) and what became of it. One row per ordered
 * pair; `not_interested` and `met` keep the person out of later suggestions, `no_show` lowers them.
 */
const MatchSchema = defineEntity({
  name: 'Match',
  tableName: 'matches',
  uniques: [{ properties: ['attendee', 'suggested'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    attendee: () => p.manyToOne(Attendee).deleteRule('cascade'),
    suggested: () => p.manyToOne(Attendee).deleteRule('cascade'),
    score: p.double(),
    reason: p.text(),
    status: p
      .enum(['suggested', 'requested', 'not_interested', 'met', 'no_show'] as const)
      .default('suggested'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Match extends MatchSchema.class {}
MatchSchema.setClass(Match);
