import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';
import { Contact } from './contact.entity.js';
import { Event } from './event.entity.js';

/**
 * One person's selfie check-in consent and face template for one event. The consent is a record even when the
 * answer is No (so "QR only" is remembered) and survives "delete my face data" (withdrawal, timestamped); the
 * template exists only in encrypted form (AES-256-GCM; `keyId` names the key, for rotation) and is deleted
 * on withdrawal. The whole row goes at `expiresAt` (the event's end + retention) and on "forget me".
 */
const FacialRecognitionDataSchema = defineEntity({
  name: 'FacialRecognitionData',
  tableName: 'facial_recognition_data',
  uniques: [{ name: 'facial_recognition_data_one_per_person', properties: ['event', 'contact'] }],
  indexes: [{ properties: ['expiresAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    event: () => p.manyToOne(Event),
    contact: () => p.manyToOne(Contact),
    attendee: () => p.manyToOne(Attendee).nullable(),
    consentGiven: p.boolean(),
    /** When the person answered the consent question (Yes or No). */
    consentDate: p.datetime(),
    consentWithdrawnAt: p.datetime().nullable(),
    /** The 128-number descriptor, encrypted; null until enrolment and after withdrawal. */
    descriptorEncrypted: p.blob().nullable(),
    iv: p.blob().nullable(),
    authTag: p.blob().nullable(),
    keyId: p.string().nullable(),
    enrolledAt: p.datetime().nullable(),
    expiresAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class FacialRecognitionData extends FacialRecognitionDataSchema.class {}
FacialRecognitionDataSchema.setClass(FacialRecognitionData);
