import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Event } from './event.entity.js';

/** Who a reason names, as the profile says it: words are shown as the person wrote them. */
export interface ReasonRole {
  role: string;
  company: string;
  industry: string;
}

/**
 * One fact behind a suggestion, seen from the attendee it was made for (`attendee`): why `suggested` is worth
 * meeting. Stored as data, never words, so each reader gets it in their own language
 * (core/services/networking/match-reason-words.ts). `words`, `topic`, `talk`, `interest` and `interests`
 * are the people's own words and are quoted as written.
 */
export type MatchReasonFact =
  /** One of the suggested person's goals fits the attendee: "Bob wants to meet investors". */
  | { kind: 'they_want'; goal: string; words: string }
  /** The same from their role or interests, not words they wrote: "Nadia invests in startups". */
  | { kind: 'they_are'; goal: string }
  /** The attendee wants to learn about `topic`, and the suggested person speaks on it, works on it, or is `role`. */
  | { kind: 'you_learn'; topic: string; via: { talk: string } | { interest: string } | { role: ReasonRole } }
  /** The attendee wants to meet `topic`, and the suggested person is one. */
  | { kind: 'you_meet'; topic: string; role: ReasonRole }
  | { kind: 'shared'; interests: string[] }
  /** Nothing specific: a profile close to the attendee's. */
  | { kind: 'similar'; role: ReasonRole }
  /** Written by "did you meet?" (never shown as a suggestion). */
  | { kind: 'met' };

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
    /** Rows written before 2026-12-06 (migration 20261206003000): the reason as English text. */
    reason: p.text().nullable(),
    /** The reason as facts (at most two, strongest first), put into words for whoever reads it. */
    reasonFacts: p.json<MatchReasonFact[]>().nullable(),
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
