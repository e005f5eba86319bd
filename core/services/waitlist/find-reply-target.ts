import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';

/** Where a proactive message reaches a person: the channel and address they last wrote to us from. */
export async function findReplyTarget(
  em: EntityManager,
  contactId: string,
  eventId: string,
): Promise<ReplyTarget> {
  const [row] = await em.execute<{ phone: string | null; channel: string | null; address: string | null }[]>(
    `select c.phone, m.channel, m.address
       from contacts c
       left join lateral (select channel, address from messages
                           where contact_id = c.id and direction = 'in'
                           order by created_at desc limit 1) m on true
      where c.id = ?`,
    [contactId],
  );
  return {
    contactId,
    channel: row?.channel ?? 'whatsapp',
    address: row?.address ?? row?.phone ?? '',
    eventId,
  };
}
