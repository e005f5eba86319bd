import { DateTime } from 'luxon';
import type { EventFile } from './event-file.js';

/**
 * The same event, moved by whole days so that its first day is today in its own time zone: sessions,
 * networking hours, the selfie check-in window and the event's start and end move together and keep their
 * local times. For the demo
 * (`eventos demo --today`): selfie check-in only verifies on the event's days, and the fixture's are fixed.
 */
export function moveEventToToday(file: EventFile, now: Date): EventFile {
  const zone = file.event.timezone;
  const firstDay = DateTime.fromISO(file.event.startsAt, { zone }).startOf('day');
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(today.diff(firstDay, 'days').days);
  const move = (iso: string) => DateTime.fromISO(iso, { zone }).plus({ days }).toISO()!;
  const moveDate = (date: string) => DateTime.fromISO(date, { zone }).plus({ days }).toISODate()!;
  const checkIn = file.event.checkIn;
  const refundPolicy = file.event.refundPolicy;
  return {
    ...file,
    event: {
      ...file.event,
      startsAt: move(file.event.startsAt),
      endsAt: move(file.event.endsAt),
      ...(file.event.networking
        ? {
            networking: {
              ...file.event.networking,
              hours: file.event.networking.hours.map((h) => ({ ...h, date: moveDate(h.date) })),
            },
          }
        : {}),
      // A bare date stays a date (the end of that day), an instant moves like the others.
      ...(refundPolicy
        ? {
            refundPolicy: {
              steps: refundPolicy.steps.map((s) => ({
                ...s,
                until: /^\d{4}-\d{2}-\d{2}$/.test(s.until) ? moveDate(s.until) : move(s.until),
              })),
            },
          }
        : {}),
      ...(checkIn
        ? {
            checkIn: {
              ...checkIn,
              ...(checkIn.opensAt ? { opensAt: move(checkIn.opensAt) } : {}),
              ...(checkIn.closesAt ? { closesAt: move(checkIn.closesAt) } : {}),
            },
          }
        : {}),
    },
    sessions: file.sessions.map((s) => ({ ...s, startsAt: move(s.startsAt), endsAt: move(s.endsAt) })),
  };
}
