import { INTL_TAG, type Locale } from './i18n/locale.js';

/**
 * Integer cents → money for `locale`: "€499.00" in English (Irish English: the euro sign first, a point for
 * decimals), "499,00 €" in Portuguese and Spanish. Organizer (Slack) text keeps the English default.
 */
export function formatMoney(cents: number, currency: string, locale: Locale = 'en'): string {
  const key = `${locale}:${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency });
    formats.set(key, format);
  }
  return format.format(cents / 100);
}

/** One formatter per locale and currency: building an Intl formatter costs ~0.1 ms, formatting ~1 µs. */
const formats = new Map<string, Intl.NumberFormat>();
