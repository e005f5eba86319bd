import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';

/**
 * Where a proactive message reaches a person: the channel and address they last wrote to us from, or — if
 * they never wrote — their phone on the event's WhatsApp channel (Twilio or the WhatsApp Web gateway).
 */
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
    .leftJoin('Event as e', (join) => join.on('e.id', '=', eventId))
    .select(['c.phone', 'm.channel', 'm.address', 'e.whatsappChannel'])
    .where('c.id', '=', contactId)
    .executeTakeFirst();
  return {
    contactId,
    channel: row?.channel ?? row?.whatsappChannel ?? 'whatsapp',
    address: row?.address ?? row?.phone ?? '',
    eventId,
  };
}
