import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * Every `/eventos` command an organizer (or anyone) ran from Slack: the audit log, refusals included, and the
 * work item the organizer-command job reads (its payload carries only this row's id).
 */
const OrganizerCommandSchema = defineEntity({
  name: 'OrganizerCommand',
  tableName: 'organizer_commands',
  indexes: [{ properties: ['slackUserId', 'createdAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** Null when the Slack user organizes no event (a refusal). */
    eventId: p.string().nullable(),
    slackUserId: p.string(),
    slackChannelId: p.string().nullable(),
    command: p.string(),
    args: p.text().default(''),
    responseUrl: p.text().nullable(),
    status: p.enum(['accepted', 'refused', 'done', 'failed'] as const),
    createdAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
    /** A broadcast's Confirm: set once, so a double click sends once. */
    confirmedAt: p.datetime().nullable(),
  },
});

export class OrganizerCommand extends OrganizerCommandSchema.class {}
OrganizerCommandSchema.setClass(OrganizerCommand);
