import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * A Slack message of ours that must stop showing a person's details: a sponsor's lead card after the person
 * withdrew consent or asked us to forget them. Written in that same transaction (channel and ts only, no
 * personal data), then replaced by the leads job, or by its sweep if the job was lost.
 */
const SlackCardRedactionSchema = defineEntity({
  name: 'SlackCardRedaction',
  tableName: 'slack_card_redactions',
  uniques: [{ properties: ['channel', 'ts'] }],
  indexes: [{ properties: ['doneAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    channel: p.string(),
    ts: p.string(),
    reason: p.enum(['withdrawn', 'erased'] as const),
    createdAt: p.datetime().onCreate(() => new Date()),
    doneAt: p.datetime().nullable(),
  },
});

export class SlackCardRedaction extends SlackCardRedactionSchema.class {}
SlackCardRedactionSchema.setClass(SlackCardRedaction);
