import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { LEAD_FIELDS } from '../../catalog/event-file.js';

export interface LeadSharingSetting {
  fields: string[];
  /** Attendees may choose "Yes + contact me", which adds their phone number. */
  offerContact: boolean;
}

export async function readLeadSharing(
  em: EntityManager,
  eventId: string,
): Promise<LeadSharingSetting | null> {
  const row = await kysely(em)
    .selectFrom('Event')
    .select(['leadFields', 'leadContactOption'])
    .where('id', '=', eventId)
    .executeTakeFirst();
  return row ? { fields: row.leadFields, offerContact: row.leadContactOption } : null;
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
  await kysely(em)
    .updateTable('Event')
    .set({ leadFields: fields, leadContactOption: offerContact, updatedAt: sql`now()` })
    .where('id', '=', eventId)
    .executeTakeFirst();
  return { ok: true, setting: { fields, offerContact } };
}
