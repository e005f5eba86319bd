import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';

/** Where a proactive message reaches a person: the channel and address they last wrote to us from. */
export async function findReplyTarget(
  em: EntityManager,
  contactId: string,
  eventId: string,
): Promise<ReplyTarget> {
  const row = await kysely(em)
    .selectFrom('Contact as c')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('Message')
          .select(['channel', 'address'])
          .whereRef('contact', '=', 'c.id')
          .where('direction', '=', 'in')
          .orderBy('createdAt', 'desc')
          .limit(1)
          .as('m'),
      (join) => join.onTrue(),
    )
    .select(['c.phone', 'm.channel', 'm.address'])
    .where('c.id', '=', contactId)
    .executeTakeFirst();
  return {
    contactId,
    channel: row?.channel ?? 'whatsapp',
    address: row?.address ?? row?.phone ?? '',
    eventId,
  };
}
