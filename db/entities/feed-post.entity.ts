import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * One item of the organizers' live feed (a tier sold out, a new handoff, a failed delivery). `ref` names what
 * it is about, so each thing is announced once however often the feed sweep runs; `postedAt` is set after
 * Slack accepted it, so an item that failed to post is tried again.
 */
const FeedPostSchema = defineEntity({
  name: 'FeedPost',
  tableName: 'feed_posts',
  indexes: [{ properties: ['postedAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    eventId: p.string().nullable(),
    kind: p.enum([
      'sold_out',
      'handoff',
      'failed_delivery',
      'milestone',
      'check_ins',
      'failed_inbound',
      'refund_failed',
    ] as const),
    ref: p.string().unique(),
    text: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
    postedAt: p.datetime().nullable(),
  },
});

export class FeedPost extends FeedPostSchema.class {}
FeedPostSchema.setClass(FeedPost);
