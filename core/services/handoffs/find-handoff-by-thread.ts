import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';

export interface ThreadHandoff {
  id: string;
  status: 'open' | 'resolved';
  eventId: string;
  target: ReplyTarget;
}

/** The handoff a Slack thread belongs to, with where to reach the attendee. */
export async function findHandoffByThread(
  em: EntityManager,
  where: { handoffId: string } | { channel: string; threadTs: string },
): Promise<ThreadHandoff | null> {
  const byId = 'handoffId' in where;
  const [row] = await em.execute<
    { id: string; status: 'open' | 'resolved'; event_id: string; contact_id: string; phone: string }[]
  >(
    `select h.id, h.status, c.event_id, c.contact_id, ct.phone
       from handoffs h join conversations c on c.id = h.conversation_id join contacts ct on ct.id = c.contact_id
      where ${byId ? 'h.id = ?' : 'h.slack_channel = ? and h.slack_thread_ts = ?'}`,
    byId ? [where.handoffId] : [where.channel, where.threadTs],
  );
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    eventId: row.event_id,
    target: { contactId: row.contact_id, channel: 'whatsapp', address: row.phone, eventId: row.event_id },
  };
}
