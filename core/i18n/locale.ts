import { CONTACT_LANGUAGES } from '../../db/entities/contact.entity.js';

/** The languages attendees are answered in. Slack (organizer) text stays English and is not localised. */
export const LOCALES = CONTACT_LANGUAGES;

export type Locale = (typeof LOCALES)[number];

/** Replies to people whose language we do not know or do not speak. */
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The BCP 47 tag `Intl` formats with: Irish English keeps "€499.00" (the euro sign first, a point for
 * decimals) as before; European Portuguese and Spanish write "499,00 €".
 */
export const INTL_TAG: Readonly<Record<Locale, string>> = { en: 'en-IE', pt: 'pt-PT', es: 'es-ES' };
