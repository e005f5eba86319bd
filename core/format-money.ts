import { INTL_TAG, type Locale } from './i18n/locale.js';

/**
 * Integer cents → money for `locale`: "€499.00" in English (Irish English: the euro sign first, a point for
 * decimals), "499,00 €" in Portuguese and Spanish. Organizer (Slack) text keeps the English default.
 */
export function formatMoney(cents: number, currency: string, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency }).format(cents / 100);
}
