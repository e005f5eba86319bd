import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactInfo } from '../router/skill.js';

/**
 * Finds or creates the contact behind a channel address and records the inbound time (WhatsApp's 24-hour
 * window starts there). Unknown senders become contacts on their first message.
 */
export async function identifyContact(
  em: EntityManager,
  address: string,
  profileName: string | undefined,
  at: Date,
): Promise<ContactInfo> {
  const rows = await em.execute<
    { id: string; display_name: string | null; opted_out: boolean; inserted: boolean }[]
  >(
    `insert into contacts (id, phone, display_name, opted_out, last_inbound_at, created_at)
     values (?, ?, ?, false, ?, now())
     on conflict (phone) do update set
       last_inbound_at = greatest(contacts.last_inbound_at, excluded.last_inbound_at),
       display_name = coalesce(contacts.display_name, excluded.display_name)
     returning id, display_name, opted_out, (xmax = 0) as inserted`,
    [randomUUID(), address, profileName ?? null, at],
  );
  const row = rows[0]!;
  return { id: row.id, address, displayName: row.display_name, optedOut: row.opted_out, isNew: row.inserted };
}

export async function findAttendee(
  em: EntityManager,
  eventId: string,
  contactId: string,
): Promise<{ id: string; name: string } | null> {
  const rows = await em.execute<{ id: string; name: string }[]>(
    'select id, name from attendees where event_id = ? and contact_id = ?',
    [eventId, contactId],
  );
  return rows[0] ?? null;
}
