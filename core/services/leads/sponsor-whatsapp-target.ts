import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReplyTarget } from '../outbox/enqueue-replies.js';

/** WhatsApp's customer-service window, with a margin so a retried free-form message is not sent after it. */
const SESSION_WINDOW_MS = 24 * 60 * 60 * 1000;
const WINDOW_MARGIN_MS = 10 * 60 * 1000;

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
  const last = contact?.last_inbound_at ? new Date(contact.last_inbound_at).getTime() : 0;
  return {
    contactId: contact?.id ?? null,
    channel: 'whatsapp',
    address: phone,
    eventId,
    inWindow: now.getTime() - last < SESSION_WINDOW_MS - WINDOW_MARGIN_MS,
  };
}
