import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Contact } from './contact.entity.js';
import { Event } from './event.entity.js';

/** One contact's chat with the bot about one event, with the dialog state the router resumes from. */
const ConversationSchema = defineEntity({
  name: 'Conversation',
  tableName: 'conversations',
  uniques: [{ properties: ['event', 'contact'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    contact: () => p.manyToOne(Contact),
    /** The dialog state as plain JSON; core validates it when reading it back (core/router/dialog-state.ts). */
    state: p.json<Record<string, unknown>>(),
    lastIntent: p.string().nullable(),
    /** A person took the conversation over at least once (a handoff was requested). */
    escalated: p.boolean().nullable().default(false),
    /** Its last issue was closed (a handoff resolved). */
    resolved: p.boolean().nullable().default(false),
    /** The latest CSAT answer: 1 👍, 0 👎 (each answer is a `csat_requests` row). */
    satisfactionRating: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Conversation extends ConversationSchema.class {}
ConversationSchema.setClass(Conversation);
