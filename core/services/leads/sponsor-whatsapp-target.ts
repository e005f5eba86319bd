import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';
import { mayWriteFreeForm } from '../outbox/whatsapp-window.js';

/**
 * Where a sponsor's WhatsApp messages go, and whether free-form text may be sent: only within 24 hours of
 * the sponsor's own last message to us (else a template).
 */
export async function sponsorWhatsappTarget(
  em: EntityManager,
  phone: string,
  eventId: string,
  now: Date,
): Promise<ReplyTarget & { inWindow: boolean }> {
  const [contact] = await em.execute<{ id: string; last_inbound_at: Date | null }[]>(
    'select id, last_inbound_at from contacts where phone = ?',
    [phone],
  );
  return {
    contactId: contact?.id ?? null,
    channel: 'whatsapp',
    address: phone,
    eventId,
    inWindow: mayWriteFreeForm(contact?.last_inbound_at, now),
  };
}
