import type { EntityManager } from '@mikro-orm/postgresql';
import { Event } from '../../../db/entities/event.entity.js';

/** How many events take WhatsApp through the organizer's own number (the WhatsApp Web gateway). */
export function countWhatsAppWebEvents(em: EntityManager): Promise<number> {
  return em.count(Event, { whatsappChannel: 'whatsapp-web' });
}
