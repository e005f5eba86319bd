import { DateTime } from 'luxon';
import { formatDay } from './format-time.js';
import { INTL_TAG, type Locale } from './locale.js';

/**
 * Days in agenda, meeting and check-in replies, in the event's time zone. English keeps the wording people
 * (and the tests) already read — "Thu 10 Dec", "Thursday 10 December", luxon's formats; Portuguese and
 * Spanish use `Intl` for their locale: "quinta, 10 de dezembro", "jue, 10 de diciembre".
 */
export function shortDay(at: Date, zone: string, locale: Locale): string {
  if (locale === 'en') return DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL');
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(at);
}

/** "Thursday 10 December" / "quinta-feira, 10 de dezembro" / "jueves, 10 de diciembre". */
export function longDay(at: Date, zone: string, locale: Locale): string {
  if (locale === 'en') return DateTime.fromJSDate(at, { zone }).toFormat('cccc d LLLL');
  return formatDay(at, zone, locale);
}
