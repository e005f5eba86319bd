import type { EventFile } from './event-file.js';
import { moveEventToToday } from './move-event-to-today.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo must stay bookable whenever it runs, but the fixture's dates are fixed: an event starting in
 * less than `minDaysAhead` days (or already over) is moved, by whole days and keeping its local times, to
 * start `daysAhead` days from today. An event far enough ahead is left exactly as written.
 */
export function keepEventAhead(
  file: EventFile,
  now: Date,
  options: { minDaysAhead?: number; daysAhead?: number } = {},
): EventFile {
  const minDaysAhead = options.minDaysAhead ?? 7;
  const daysAhead = options.daysAhead ?? 14;
  if (Date.parse(file.event.startsAt) - now.getTime() >= minDaysAhead * DAY_MS) return file;
  return moveEventToToday(file, new Date(now.getTime() + daysAhead * DAY_MS));
}
