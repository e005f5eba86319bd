import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FeedPost } from '../../../db/entities/feed-post.entity.js';
import { kysely } from '../../../db/kysely.js';

/**
 * Records one feed item from the code that knows about it (rather than the feed sweep's query), in the
 * caller's transaction: `ref` is unique, so the same thing is announced once however often this runs. The feed
 * sweep posts it to Slack.
 */
export async function recordFeedPost(
  em: EntityManager,
  post: { eventId: string; kind: FeedPost['kind']; ref: string; text: string; now: Date },
): Promise<boolean> {
  const inserted = await kysely(em)
    .insertInto('FeedPost')
    .values({
      id: randomUUID(),
      eventId: post.eventId,
      kind: post.kind,
      ref: post.ref,
      text: post.text,
      createdAt: post.now,
    })
    .onConflict((oc) => oc.column('ref').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
