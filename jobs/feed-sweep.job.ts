import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import { collectFeedItems } from '../core/services/feed/collect-feed-items.js';
import { markFeedPosted, nextFeedPosts } from '../core/services/feed/next-feed-posts.js';
import { defineJob, noPayload } from './define-job.js';

/** Often enough to feel live; each run is a few indexed queries. */
const FEED_SWEEP_EVERY_MS = 10_000;

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

/** The feed sweep, scheduled only when Slack and a feed channel are configured. */
export const feedSweepJob = defineJob({
  name: 'feed-sweep',
  queue: 'organizer',
  payload: noPayload,
  repeat: { schedulerId: 'feed-sweep', every: FEED_SWEEP_EVERY_MS },
  async process(deps: { em: EntityManager; chat: OrganizerChat | null; feedChannel: string | null }) {
    if (!deps.chat || !deps.feedChannel) return { skipped: 'no feed channel' };
    return runFeedSweep({ em: deps.em, chat: deps.chat, feedChannel: deps.feedChannel });
  },
});
