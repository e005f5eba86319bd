import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { FeedPost } from '../../../db/entities/feed-post.entity.js';
import { kysely } from '../../../db/kysely.js';

export interface PendingFeedPost {
  id: string;
  text: string;
}

/** Feed items not yet accepted by Slack, oldest first. */
export async function nextFeedPosts(em: EntityManager, limit = 20): Promise<PendingFeedPost[]> {
  const posts = await em.find(
    FeedPost,
    { postedAt: null },
    { fields: ['id', 'text'], orderBy: { createdAt: 'asc', ref: 'asc' }, limit },
  );
  return posts.map(({ id, text }) => ({ id, text }));
}

export async function markFeedPosted(em: EntityManager, id: string): Promise<void> {
  await kysely(em)
    .updateTable('FeedPost')
    .set({ postedAt: sql`now()` })
    .where('id', '=', id)
    .where('postedAt', 'is', null)
    .executeTakeFirst();
}
