import type { EntityManager } from '@mikro-orm/postgresql';
import { LEAD_FIELDS } from '../../catalog/event-file.js';
import { sqlArray } from '../../sql-array.js';

export interface LeadSharingSetting {
  fields: string[];
  /** Attendees may choose "Yes + contact me", which adds their phone number. */
  offerContact: boolean;
}

export async function readLeadSharing(
  em: EntityManager,
  eventId: string,
): Promise<LeadSharingSetting | null> {
  const [row] = await em.execute<{ lead_fields: string[]; lead_contact_option: boolean }[]>(
    'select lead_fields, lead_contact_option from events where id = ?',
    [eventId],
  );
  return row ? { fields: row.lead_fields, offerContact: row.lead_contact_option } : null;
}

/**
 * The organizer's per-event setting (`/eventos leads fields …`): which profile fields a yes shares, and — by
 * listing `phone` — whether attendees are offered "Yes + contact me". It applies to consents from now on:
 * each lead keeps the fields its attendee agreed to.
 */
export async function setLeadSharing(
  em: EntityManager,
  eventId: string,
  requested: string[],
): Promise<{ ok: true; setting: LeadSharingSetting } | { ok: false; unknown: string[] }> {
  const allowed = new Set<string>([...LEAD_FIELDS, 'phone']);
  const unknown = requested.filter((f) => !allowed.has(f));
  const fields = [...new Set(requested.filter((f) => f !== 'phone' && allowed.has(f)))];
  if (unknown.length > 0 || fields.length === 0) return { ok: false, unknown };
  const offerContact = requested.includes('phone');
  await em.execute(
    'update events set lead_fields = ?::text[], lead_contact_option = ?, updated_at = now() where id = ?',
    [sqlArray(fields), offerContact, eventId],
  );
  return { ok: true, setting: { fields, offerContact } };
}
