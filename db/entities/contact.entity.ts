import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** The languages attendees are answered in (core/i18n/locale.ts takes them from here). */
export const CONTACT_LANGUAGES = ['en', 'pt', 'es'] as const;

/** A person's identities on our channels and their messaging preferences. */
const ContactSchema = defineEntity({
  name: 'Contact',
  tableName: 'contacts',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** E.164; the WhatsApp (and console) identity. */
    phone: p.string().unique().nullable(),
    slackUserId: p.string().unique().nullable(),
    displayName: p.string().nullable(),
    /** STOP: no proactive messages until START. */
    optedOut: p.boolean().default(false),
    optedOutAt: p.datetime().nullable(),
    /** WhatsApp's 24-hour rule is measured from here. */
    lastInboundAt: p.datetime().nullable(),
    /** The language attendees are answered in (en, pt, es); null until a message shows it. */
    language: p.enum(CONTACT_LANGUAGES).nullable(),
    /** `asked`: chosen with "speak English" and kept; `detected`: remembered from what they write. */
    languageSetBy: p.enum(['detected', 'asked'] as const).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Contact extends ContactSchema.class {}
ContactSchema.setClass(Contact);
