import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Conversation } from './conversation.entity.js';

/** A request for a human. At most one open per conversation (partial unique index in the migration). */
const HandoffSchema = defineEntity({
  name: 'Handoff',
  tableName: 'handoffs',
  uniques: [{ name: 'handoffs_slack_thread_unique', properties: ['slackChannel', 'slackThreadTs'] }],
  indexes: [
    {
      name: 'handoffs_one_open_per_conversation',
      expression: `create unique index "handoffs_one_open_per_conversation" on "handoffs" ("conversation_id") where "status" = 'open'`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    conversation: () => p.manyToOne(Conversation),
    reason: p.string(),
    status: p.enum(['open', 'resolved'] as const).default('open'),
    createdAt: p.datetime().onCreate(() => new Date()),
    resolvedAt: p.datetime().nullable(),
    /** The organizers' Slack thread for this handoff (channel id + root message ts), once posted. */
    slackChannel: p.string().nullable(),
    slackThreadTs: p.string().nullable(),
  },
});

export class Handoff extends HandoffSchema.class {}
HandoffSchema.setClass(Handoff);
