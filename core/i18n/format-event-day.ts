import { DateTime } from 'luxon';
import { formatDay, formatTime } from './format-time.js';
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

/** A meeting slot: "Thu 10 Dec, 15:00–15:20" / "quinta, 10 de dezembro, 15:00–15:20". */
export function formatSlotIn(slot: { startsAt: Date; endsAt: Date }, zone: string, locale: Locale): string {
  if (locale === 'en') {
    const start = DateTime.fromJSDate(slot.startsAt, { zone });
    return `${start.toFormat('ccc d LLL, HH:mm')}–${DateTime.fromJSDate(slot.endsAt, { zone }).toFormat('HH:mm')}`;
  }
  return `${shortDay(slot.startsAt, zone, locale)}, ${formatTime(slot.startsAt, zone, locale)}–${formatTime(slot.endsAt, zone, locale)}`;
}

/**
 * A time for a button title (WhatsApp: 20 characters at most): "15:20" when the day is already said,
 * else "Thu 10 Dec 15:20" / "quinta, 10/12 15:20" (the numeric date keeps pt and es inside the limit).
 */
export function buttonTime(at: Date, zone: string, locale: Locale, sameDayAs?: Date): string {
  const sameDay =
    sameDayAs && DateTime.fromJSDate(sameDayAs, { zone }).hasSame(DateTime.fromJSDate(at, { zone }), 'day');
  if (sameDay) return formatTime(at, zone, locale);
  if (locale === 'en') return DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL HH:mm');
  const day = new Intl.DateTimeFormat(INTL_TAG[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    timeZone: zone,
  }).format(at);
  return `${day} ${formatTime(at, zone, locale)}`;
}

/**
 * The event's time zone as people say it: the city in English ("Lisbon", as before); the zone's generic
 * name from `Intl` in Portuguese and Spanish ("hora da Europa Ocidental", "hora de Europa occidental").
 */
export function zoneName(zone: string, locale: Locale, at: Date = new Date()): string {
  if (locale === 'en') return zone.split('/').pop()?.replace(/_/g, ' ') ?? zone;
  const name = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZoneName: 'longGeneric', timeZone: zone })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ? name.charAt(0).toLowerCase() + name.slice(1) : zone;
}
