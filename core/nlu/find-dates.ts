import { DateTime } from 'luxon';
import { DAY_WORDS, LAST_DAY, MONTHS, ORDINAL_DAYS, RELATIVE_DAYS, WEEKDAYS } from './calendar-words.js';
import { NUMBER_WORDS } from './number-words.js';
import type { ValueSpan } from './utterance.js';

/** The event's calendar, in its own time zone, that relative dates are resolved against. */
export interface EventDays {
  zone: string;
  /** "YYYY-MM-DD" of each event day, in order. */
  days: string[];
}

/** "por la mañana" is "in the morning", not "tomorrow". */
const MORNING_ARTICLES = new Set(['la', 'esta', 'de', 'pela', 'da']);

function isoDate(zone: string, year: number, month: number, day: number): string | undefined {
  const date = DateTime.fromObject({ year, month, day }, { zone });
  return date.isValid ? date.toISODate()! : undefined;
}

/** A day and month without a year means the occurrence nearest the event (or today, without one). */
function nearest(reference: DateTime, month: number, day: number): string | undefined {
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => isoDate(reference.zoneName ?? 'UTC', year, month, day))
    .filter((d): d is string => d !== undefined);
  const distance = (iso: string) =>
    Math.abs(DateTime.fromISO(iso, { zone: reference.zone }).diff(reference).as('days'));
  candidates.sort((a, b) => distance(a) - distance(b));
  return candidates[0];
}

function dayNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/**
 * Dates: "today"/"tomorrow" (from `now`, kept only when they fall on an event day, since the event is what
 * people ask about), weekday names and "day 2"/"second day" (the event's days), "Dec 10", "10 December",
 * "10/12" (day first, as in Europe), "2026-12-10".
 */
export function findDates(words: readonly string[], event: EventDays, now: Date): ValueSpan<string>[] {
  const found: ValueSpan<string>[] = [];
  // Resolved only when a word needs them: zone arithmetic is the costliest part of reading most messages.
  let today: DateTime | undefined;
  const todayStart = () => (today ??= DateTime.fromJSDate(now, { zone: event.zone }).startOf('day'));
  let reference: DateTime | undefined;
  const eventStart = () =>
    (reference ??= event.days[0] ? DateTime.fromISO(event.days[0], { zone: event.zone }) : todayStart());
  const onEventDay = (iso: string | undefined) => (iso && event.days.includes(iso) ? iso : undefined);
  const add = (start: number, end: number, value: string | undefined) => {
    if (value) found.push({ start, end, value });
    return value !== undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const relative = RELATIVE_DAYS[word];
    if (relative !== undefined && !(word === 'manana' && MORNING_ARTICLES.has(words[i - 1] ?? ''))) {
      add(i, i + 1, onEventDay(todayStart().plus({ days: relative }).toISODate() ?? undefined));
      continue;
    }
    const weekday = WEEKDAYS[word];
    if (weekday !== undefined) {
      const day = event.days.find((d) => DateTime.fromISO(d, { zone: event.zone }).weekday === weekday);
      if (add(i, next === 'feira' ? i + 2 : i + 1, day)) i += next === 'feira' ? 1 : 0;
      continue;
    }
    if (word === 'segunda' && next === 'feira') {
      add(
        i,
        i + 2,
        event.days.find((d) => DateTime.fromISO(d, { zone: event.zone }).weekday === 1),
      );
      i++;
      continue;
    }
    if (DAY_WORDS.has(word)) {
      const n = dayNumber(next);
      if (n !== undefined && n >= 1) {
        const eventDay = n <= event.days.length ? event.days[n - 1] : undefined;
        const ofMonth = eventDay ? undefined : nearest(eventStart(), eventStart().month, n);
        if (add(i, i + 2, eventDay ?? ofMonth)) i++;
      }
      continue;
    }
    if ((ORDINAL_DAYS[word] !== undefined || LAST_DAY.has(word)) && next && DAY_WORDS.has(next)) {
      const index = LAST_DAY.has(word) ? event.days.length : ORDINAL_DAYS[word]!;
      if (add(i, i + 2, event.days[index - 1])) i++;
      continue;
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
    if (iso) {
      add(i, i + 1, isoDate(event.zone, Number(iso[1]), Number(iso[2]), Number(iso[3])));
      continue;
    }
    const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(word);
    if (slashed) {
      const [, d, m, y] = slashed;
      const year = y ? Number(y.length === 2 ? `20${y}` : y) : undefined;
      add(
        i,
        i + 1,
        year ? isoDate(event.zone, year, Number(m), Number(d)) : nearest(eventStart(), Number(m), Number(d)),
      );
      continue;
    }
    const month = MONTHS[word];
    if (month !== undefined) {
      // "dec 10", "december 10th", "10 dec", "10th of december", "10 de dezembro"
      const after = dayNumber(next);
      const skip = (k: number) =>
        ['of', 'de', 'the', 'th', 'st', 'nd', 'rd'].includes(words[k] ?? '') ? 1 : 0;
      let before = i - 1 - skip(i - 1);
      if (
        words[before] === 'th' ||
        words[before] === 'st' ||
        words[before] === 'nd' ||
        words[before] === 'rd'
      )
        before--;
      const beforeDay = before >= 0 && /^\d{1,2}$/.test(words[before]!) ? Number(words[before]) : undefined;
      if (after !== undefined && after <= 31 && /^\d{1,2}$/.test(next!)) {
        const end = i + 2 + (['th', 'st', 'nd', 'rd'].includes(words[i + 2] ?? '') ? 1 : 0);
        add(i, end, nearest(eventStart(), month, after));
      } else if (beforeDay !== undefined && beforeDay <= 31) {
        add(before, i + 1, nearest(eventStart(), month, beforeDay));
      }
    }
  }
  return found;
}
