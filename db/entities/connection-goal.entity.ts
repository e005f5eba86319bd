import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';

/**
 * What an attendee is after, normalised from their free-text goals, role and interests
 * (core/services/networking/derive-goals.ts): `hiring`, `job_seeking`, `investing`, `raising`, `selling`,
 * `buying`, `learning` (+ topic), `meeting` (+ topic). Used for complementary scoring and for the reasons.
 */
const ConnectionGoalSchema = defineEntity({
  name: 'ConnectionGoal',
  tableName: 'connection_goals',
  uniques: [{ properties: ['attendee', 'kind', 'topic'] }],
  indexes: [{ properties: ['kind'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    attendee: () => p.manyToOne(Attendee).deleteRule('cascade'),
    kind: p.enum([
      'hiring',
      'job_seeking',
      'investing',
      'raising',
      'selling',
      'buying',
      'learning',
      'meeting',
    ] as const),
    /** For learning/meeting: what about ("pgvector", "data scientists"); '' for the others. */
    topic: p.string().default(''),
    /** The words it came from ("meet pgvector users"), quoted in reasons. */
    source: p.string(),
  },
});

export class ConnectionGoal extends ConnectionGoalSchema.class {}
ConnectionGoalSchema.setClass(ConnectionGoal);
