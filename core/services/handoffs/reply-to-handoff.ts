import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { findHandoffByThread } from './find-handoff-by-thread.js';

/**
 * An organizer's reply in a handoff thread, on its way to the attendee through the outbox. Returns the
 * outbox ids to deliver, or null when the thread is no handoff or the handoff is already resolved.
 */
export async function replyToHandoff(
  em: EntityManager,
  thread: { channel: string; threadTs: string },
  text: string,
): Promise<{ handoffId: string; outboxIds: string[] } | null> {
  return em.transactional(async (tx) => {
    const handoff = await findHandoffByThread(tx, thread);
    if (handoff?.status !== 'open') return null;
    const outboxIds = await enqueueReplies(tx, handoff.target, [{ kind: 'text', text }], {
      intent: 'handoff_reply',
    });
    return { handoffId: handoff.id, outboxIds };
  });
}
