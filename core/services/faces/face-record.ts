import type { EntityManager } from '@mikro-orm/postgresql';
import type { SealedTemplate } from './face-template-cipher.js';

/** One person's consent and (encrypted) enrolment for one event. */
export interface FaceRecord {
  consentGiven: boolean;
  consentDate: Date;
  consentWithdrawnAt: Date | null;
  /** Null before enrolment and after withdrawal. */
  template: SealedTemplate | null;
  enrolledAt: Date | null;
  expiresAt: Date;
}

interface Row {
  consent_given: boolean;
  consent_date: Date;
  consent_withdrawn_at: Date | null;
  descriptor_encrypted: Buffer | null;
  iv: Buffer | null;
  auth_tag: Buffer | null;
  key_id: string | null;
  enrolled_at: Date | null;
  expires_at: Date;
}

/**
 * The additional data every template is sealed with: a template copied onto another person's (or event's) row
 * does not decrypt.
 */
export const templateContext = (eventId: string, contactId: string) => `face:${eventId}:${contactId}`;

export async function findFaceRecord(
  em: EntityManager,
  eventId: string,
  contactId: string,
): Promise<FaceRecord | null> {
  const [r] = await em.execute<Row[]>(
    `select consent_given, consent_date, consent_withdrawn_at, descriptor_encrypted, iv, auth_tag, key_id,
            enrolled_at, expires_at
       from facial_recognition_data where event_id = ? and contact_id = ?`,
    [eventId, contactId],
  );
  if (!r) return null;
  const template =
    r.descriptor_encrypted && r.iv && r.auth_tag && r.key_id
      ? { ciphertext: r.descriptor_encrypted, iv: r.iv, authTag: r.auth_tag, keyId: r.key_id }
      : null;
  return {
    consentGiven: r.consent_given,
    consentDate: new Date(r.consent_date),
    consentWithdrawnAt: r.consent_withdrawn_at ? new Date(r.consent_withdrawn_at) : null,
    template,
    enrolledAt: r.enrolled_at ? new Date(r.enrolled_at) : null,
    expiresAt: new Date(r.expires_at),
  };
}

/**
 * Records the answer to the consent question (Yes or No, with its time). A new answer replaces the old one;
 * No also drops any template, so saying No after Yes is a withdrawal too.
 */
export async function recordConsent(
  em: EntityManager,
  c: {
    eventId: string;
    contactId: string;
    attendeeId: string | null;
    given: boolean;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await em.execute(
    `insert into facial_recognition_data (id, event_id, contact_id, attendee_id, consent_given, consent_date,
       expires_at, created_at, updated_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, now(), now())
     on conflict (event_id, contact_id) do update set
       consent_given = excluded.consent_given, consent_date = excluded.consent_date,
       attendee_id = coalesce(excluded.attendee_id, facial_recognition_data.attendee_id),
       consent_withdrawn_at = case when excluded.consent_given then null else facial_recognition_data.consent_withdrawn_at end,
       descriptor_encrypted = case when excluded.consent_given then facial_recognition_data.descriptor_encrypted end,
       iv = case when excluded.consent_given then facial_recognition_data.iv end,
       auth_tag = case when excluded.consent_given then facial_recognition_data.auth_tag end,
       key_id = case when excluded.consent_given then facial_recognition_data.key_id end,
       enrolled_at = case when excluded.consent_given then facial_recognition_data.enrolled_at end,
       expires_at = excluded.expires_at, updated_at = now()`,
    [c.eventId, c.contactId, c.attendeeId, c.given, c.now, c.expiresAt],
  );
}

/** Stores the encrypted template — only while consent stands. Returns false when it does not. */
export async function storeTemplate(
  em: EntityManager,
  t: { eventId: string; contactId: string; sealed: SealedTemplate; now: Date },
): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `update facial_recognition_data
        set descriptor_encrypted = ?, iv = ?, auth_tag = ?, key_id = ?, enrolled_at = ?, updated_at = now()
      where event_id = ? and contact_id = ? and consent_given and consent_withdrawn_at is null
      returning id`,
    [t.sealed.ciphertext, t.sealed.iv, t.sealed.authTag, t.sealed.keyId, t.now, t.eventId, t.contactId],
  );
  return rows.length > 0;
}

/**
 * "Delete my face data": the template is deleted at once and the consent is marked withdrawn (the record of
 * the answer and its withdrawal stays, without any biometric data). Returns how many templates were deleted.
 */
export async function withdrawFaceConsent(
  em: EntityManager,
  w: { eventId: string; contactId: string; now: Date },
): Promise<{ records: number; templates: number }> {
  const rows = await em.execute<{ had_template: boolean }[]>(
    `update facial_recognition_data f
        set consent_given = false, consent_withdrawn_at = ?, descriptor_encrypted = null, iv = null,
            auth_tag = null, key_id = null, enrolled_at = null, updated_at = now()
       from (select id, descriptor_encrypted is not null as had_template from facial_recognition_data
              where event_id = ? and contact_id = ? for update) old
      where f.id = old.id
      returning old.had_template`,
    [w.now, w.eventId, w.contactId],
  );
  return { records: rows.length, templates: rows.filter((r) => r.had_template).length };
}
