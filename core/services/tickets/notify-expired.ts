import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { translator } from '../../i18n/translate.js';
import { contactLanguage } from '../contacts/contact-language.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import type { ExpiredReservations } from './expire-reservations.js';

/**
 * Tells each person whose reservation ran out, on the channel they last wrote from, in the same transaction as
 * the expiry. Proactive: the delivery step holds it back for opted-out people and outside WhatsApp's 24 h window.
 */
export async function notifyExpired(
  em: EntityManager,
  expired: ExpiredReservations['expired'],
): Promise<string[]> {
  const outboxIds: string[] = [];
  for (const order of expired) {
    const last = await kysely(em)
      .selectFrom('Message')
      .select(['channel', 'address'])
      .where('contact', '=', order.contactId)
      .where('direction', '=', 'in')
      .orderBy('createdAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) continue;
    const t = translator(await contactLanguage(em, order.contactId));
    outboxIds.push(
      ...(await enqueueReplies(
        em,
        { contactId: order.contactId, channel: last.channel, address: last.address, eventId: order.eventId },
        [
          {
            kind: 'buttons',
            text: t('reservation.expired', { reference: order.reference }),
            buttons: [{ id: 'intent:book_tickets', title: t('menu.book') }],
          },
        ],
        { proactive: true, intent: 'book_tickets' },
      )),
    );
  }
  return outboxIds;
}
