import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locale.js';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';
import { mayWriteFreeForm } from '../outbox/whatsapp-window.js';

/**
 * Where a sponsor's WhatsApp messages go (the event's WhatsApp channel), and whether free-form text may be
 * sent: only within 24 hours of the sponsor's own last message to us (else a template; WhatsApp Web sends a
 * template as its fallback text) — and the language the sponsor's contact is written to in (their remembered one).
 */
export async function sponsorWhatsappTarget(
  em: EntityManager,
  phone: string,
  eventId: string,
  now: Date,
): Promise<ReplyTarget & { inWindow: boolean; locale: Locale }> {
  const db = kysely(em);
  const contact = await db
    .selectFrom('Contact')
    .select(['id', 'lastInboundAt', 'language'])
    .where('phone', '=', phone)
    .executeTakeFirst();
  const event = await db
    .selectFrom('Event')
    .select('whatsappChannel')
    .where('id', '=', eventId)
    .executeTakeFirst();
  return {
    contactId: contact?.id ?? null,
    channel: event?.whatsappChannel ?? 'whatsapp',
    address: phone,
    eventId,
    inWindow: mayWriteFreeForm(contact?.lastInboundAt, now),
    locale: isLocale(contact?.language) ? contact.language : DEFAULT_LOCALE,
  };
}
