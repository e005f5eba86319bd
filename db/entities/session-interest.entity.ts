import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { EventSession } from './event-session.entity.js';

/**
 * One person asked the bot about one session ("where is the pgvector talk?"). With a ticket to the event,
 * that makes them someone to ask for feedback even without a recorded attendance (issue 21: "or have a
 * ticket and asked about it"). Unique per session and contact; deleted with "forget me".
 */
const SessionInterestSchema = defineEntity({
  name: 'SessionInterest',
  tableName: 'session_interests',
  uniques: [{ properties: ['session', 'contact'] }],
  indexes: [{ properties: ['contact'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(EventSession).deleteRule('cascade'),
    contact: () => p.manyToOne(Contact).deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class SessionInterest extends SessionInterestSchema.class {}
SessionInterestSchema.setClass(SessionInterest);
