import type { EntityManager } from '@mikro-orm/postgresql';
import type { Handoff } from '../../../db/entities/handoff.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';

export interface ThreadHandoff {
  id: string;
  status: Handoff['status'];
  eventId: string;
  target: ReplyTarget;
}

/** The handoff a Slack thread belongs to, with where to reach the attendee. */
export async function findHandoffByThread(
  em: EntityManager,
  where: { handoffId: string } | { channel: string; threadTs: string },
): Promise<ThreadHandoff | null> {
  let query = kysely(em)
    .selectFrom('Handoff as h')
    .innerJoin('Conversation as c', 'c.id', 'h.conversation')
    .innerJoin('Contact as ct', 'ct.id', 'c.contact')
    .select(['h.id', 'h.status', 'c.event as eventId', 'c.contact as contactId', 'ct.phone']);
  query =
    'handoffId' in where
      ? query.where('h.id', '=', where.handoffId)
      : query.where('h.slackChannel', '=', where.channel).where('h.slackThreadTs', '=', where.threadTs);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    eventId: row.eventId,
    // Handoffs come from WhatsApp conversations: the contact has a phone number.
    target: { contactId: row.contactId, channel: 'whatsapp', address: row.phone!, eventId: row.eventId },
  };
}
