import { INTL_TAG, type Locale } from './locale.js';

/**
 * Times and dates for attendees: `Intl` in their locale and the event's time zone (times are UTC inside,
 * the event's zone at the edges). 24-hour clock in all three languages, as the events' programmes print it.
 */
export function formatTime(at: Date, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
}

/** "Thursday, 10 December" / "quinta-feira, 10 de dezembro" / "jueves, 10 de diciembre". */
export function formatDay(at: Date, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(at);
}
