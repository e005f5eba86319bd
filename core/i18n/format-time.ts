import { INTL_TAG, type Locale } from './locale.js';

/**
 * Times and dates for attendees: `Intl` in their locale and the event's time zone (times are UTC inside,
 * the event's zone at the edges). 24-hour clock in all three languages, as the events' programmes print it.
 */
export function formatTime(at: Date, zone: string, locale: Locale): string {
  const key = `${locale}:${zone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    timeFormats.set(key, format);
  }
  return format.format(at);
}

/**
 * One formatter per locale and zone: building an Intl.DateTimeFormat costs ~0.25 ms, formatting a few µs (it
 * showed in the Checkout link's latency). Zones come from event files, so the map stays small.
 */
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Thursday, 10 December" / "quinta-feira, 10 de dezembro" / "jueves, 10 de diciembre". */
export function formatDay(at: Date, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(at);
}
