import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { collectFeedItems } from '../core/services/feed/collect-feed-items.js';
import { markFeedPosted, nextFeedPosts } from '../core/services/feed/next-feed-posts.js';
import type { Queues } from './queues.js';

export const FEED_SWEEP_JOB = 'feed-sweep';
/** Often enough to feel live; each run is a few indexed queries. */
const FEED_SWEEP_EVERY_MS = 10_000;

export async function scheduleFeedSweep(queues: Queues): Promise<void> {
  await queues.organizer.upsertJobScheduler(
    FEED_SWEEP_JOB,
    { every: FEED_SWEEP_EVERY_MS },
    { name: FEED_SWEEP_JOB, data: {} },
  );
}

/**
 * The live feed: record what is new (each thing once, in Postgres), then post what Slack has not accepted
 * yet. A sweep rather than hooks in booking and delivery code, so the feed cannot slow or break them.
 */
export async function runFeedSweep(deps: { em: EntityManager; chat: OrganizerChat; feedChannel: string }) {
  const em = deps.em.fork();
  const found = await collectFeedItems(em);
  let posted = 0;
  for (const item of await nextFeedPosts(em)) {
    await deps.chat.post(deps.feedChannel, { text: item.text });
    await markFeedPosted(em, item.id);
    posted++;
  }
  return { found, posted };
}
