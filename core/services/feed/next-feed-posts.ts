import type { EntityManager } from '@mikro-orm/postgresql';

export interface PendingFeedPost {
  id: string;
  text: string;
}

/** Feed items not yet accepted by Slack, oldest first. */
export async function nextFeedPosts(em: EntityManager, limit = 20): Promise<PendingFeedPost[]> {
  return em.execute<PendingFeedPost[]>(
    'select id, text from feed_posts where posted_at is null order by created_at, ref limit ?',
    [limit],
  );
}

export async function markFeedPosted(em: EntityManager, id: string): Promise<void> {
  await em.execute('update feed_posts set posted_at = now() where id = ? and posted_at is null', [id]);
}
