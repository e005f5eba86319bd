import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
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
  const r = await kysely(em)
    .selectFrom('FacialRecognitionData')
    .select([
      'consentGiven',
      'consentDate',
      'consentWithdrawnAt',
      'descriptorEncrypted',
      'iv',
      'authTag',
      'keyId',
      'enrolledAt',
      'expiresAt',
    ])
    .where('event', '=', eventId)
    .where('contact', '=', contactId)
    .executeTakeFirst();
  if (!r) return null;
  // bytea arrives as a Buffer; the column's type also admits a plain Uint8Array.
  const template =
    r.descriptorEncrypted && r.iv && r.authTag && r.keyId
      ? {
          ciphertext: Buffer.from(r.descriptorEncrypted),
          iv: Buffer.from(r.iv),
          authTag: Buffer.from(r.authTag),
          keyId: r.keyId,
        }
      : null;
  return {
    consentGiven: r.consentGiven,
    consentDate: r.consentDate,
    consentWithdrawnAt: r.consentWithdrawnAt ?? null,
    template,
    enrolledAt: r.enrolledAt ?? null,
    expiresAt: r.expiresAt,
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
  const now = new Date();
  await kysely(em)
    .insertInto('FacialRecognitionData')
    .values({
      id: randomUUID(),
      event: c.eventId,
      contact: c.contactId,
      attendee: c.attendeeId,
      consentGiven: c.given,
      consentDate: c.now,
      expiresAt: c.expiresAt,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) =>
      oc.columns(['event', 'contact']).doUpdateSet((eb) => ({
        consentGiven: c.given,
        consentDate: c.now,
        attendee: eb.fn.coalesce('excluded.attendee', 'FacialRecognitionData.attendee'),
        expiresAt: c.expiresAt,
        updatedAt: now,
        // Yes clears an earlier withdrawal and keeps any template; No keeps the withdrawal time and drops it.
        ...(c.given
          ? { consentWithdrawnAt: null }
          : { descriptorEncrypted: null, iv: null, authTag: null, keyId: null, enrolledAt: null }),
      })),
    )
    .executeTakeFirst();
}

/** Stores the encrypted template — only while consent stands. Returns false when it does not. */
export async function storeTemplate(
  em: EntityManager,
  t: { eventId: string; contactId: string; sealed: SealedTemplate; now: Date },
): Promise<boolean> {
  const result = await kysely(em)
    .updateTable('FacialRecognitionData')
    .set({
      descriptorEncrypted: t.sealed.ciphertext,
      iv: t.sealed.iv,
      authTag: t.sealed.authTag,
      keyId: t.sealed.keyId,
      enrolledAt: t.now,
      updatedAt: new Date(),
    })
    .where('event', '=', t.eventId)
    .where('contact', '=', t.contactId)
    .where('consentGiven', '=', true)
    .where('consentWithdrawnAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * "Delete my face data": the template is deleted at once and the consent is marked withdrawn (the record of
 * the answer and its withdrawal stays, without any biometric data). Returns how many templates were deleted.
 * One statement reads whether there was a template (locking the row) and clears it; a person has at most one
 * record per event (unique), so one row or none.
 */
export async function withdrawFaceConsent(
  em: EntityManager,
  w: { eventId: string; contactId: string; now: Date },
): Promise<{ records: number; templates: number }> {
  const row = await kysely(em)
    .updateTable('FacialRecognitionData')
    .from((eb) =>
      eb
        .selectFrom('FacialRecognitionData')
        .select((e) => ['id', e('descriptorEncrypted', 'is not', null).as('hadTemplate')])
        .where('event', '=', w.eventId)
        .where('contact', '=', w.contactId)
        .forUpdate()
        .as('old'),
    )
    .set({
      consentGiven: false,
      consentWithdrawnAt: w.now,
      descriptorEncrypted: null,
      iv: null,
      authTag: null,
      keyId: null,
      enrolledAt: null,
      updatedAt: new Date(),
    })
    .whereRef('FacialRecognitionData.id', '=', 'old.id')
    .returning('old.hadTemplate')
    .executeTakeFirst();
  return { records: row ? 1 : 0, templates: row?.hadTemplate ? 1 : 0 };
}
