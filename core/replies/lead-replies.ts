import { INTL_TAG, type Locale } from '../i18n/locale.js';
import { type MessageId, translator } from '../i18n/translate.js';
import type { Button, OutboundMessage } from '../messages.js';
import type { ActivityKind } from '../services/leads/record-activity.js';

/** Attendee-facing wording of the sponsor-lead flow (words in core/i18n/catalogs/leads). */

const FIELD_WORDS: Record<string, MessageId> = {
  name: 'leads.field.name',
  role: 'leads.field.role',
  company: 'leads.field.company',
  interests: 'leads.field.interests',
  industry: 'leads.field.industry',
  email: 'leads.field.email',
  phone: 'leads.field.phone',
};

/** ["name", "role", "company"] → "name, role and company" (`Intl.ListFormat` for the locale). */
export function describeFields(fields: string[], locale: Locale): string {
  const t = translator(locale);
  const words = fields.map((f) => (FIELD_WORDS[f] ? t(FIELD_WORDS[f]) : f));
  return new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(words);
}

export const LEAD_ACTIONS = { ask: 'lead-ask', consent: 'lead-consent', rate: 'rate-lead' } as const;

/**
 * Yes / (Yes, and they may contact me) / No — at most 3 reply buttons of 20 characters on WhatsApp
 * (https://developers.facebook.com/docs/whatsapp/guides/interactive-messages).
 */
export function consentButtons(sponsorCode: string, offerContact: boolean, locale: Locale): Button[] {
  const t = translator(locale);
  const id = (choice: string) => `act:${LEAD_ACTIONS.consent}:${sponsorCode}:${choice}`;
  return [
    { id: id('yes'), title: t('leads.share') },
    ...(offerContact ? [{ id: id('contact'), title: t('leads.shareContact') }] : []),
    { id: id('no'), title: t('leads.noThanks') },
  ];
}

export function consentQuestion(q: {
  sponsorName: string;
  sponsorCode: string;
  booth: string;
  why: Exclude<ActivityKind, 'session_attended'>;
  fields: string[];
  offerContact: boolean;
  locale: Locale;
}): OutboundMessage {
  const t = translator(q.locale);
  const sponsor = q.sponsorName;
  const opener = {
    booth_visit: boothWelcome(sponsor, q.locale, q.booth),
    demo_request: t('leads.openerDemo', { sponsor }),
    share_details: t('leads.openerShare', { sponsor }),
  }[q.why];
  const lines = [
    opener,
    t('leads.mayShare', { fields: describeFields(q.fields, q.locale), sponsor }),
    q.offerContact ? t('leads.contactHint') : '',
    t('leads.changeMind', { sponsor }),
  ].filter(Boolean);
  return {
    kind: 'buttons',
    text: lines.join('\n'),
    buttons: consentButtons(q.sponsorCode, q.offerContact, q.locale),
  };
}

/** "👋 Welcome to the Acme Cloud booth (B12)!" — a booth code was scanned or typed. */
export const boothWelcome = (sponsor: string, locale: Locale, booth?: string | null) =>
  booth
    ? translator(locale)('leads.boothWelcomeAt', { sponsor, booth })
    : translator(locale)('leads.boothWelcome', { sponsor });

export const stopHint = (sponsor: string, locale: Locale) =>
  translator(locale)('leads.stopHint', { sponsor });
