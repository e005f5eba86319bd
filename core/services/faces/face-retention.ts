import { DateTime } from 'luxon';

/** Face data is deleted this long after the event ends (the event's retention; FACE_RETENTION_DAYS). */
export function faceDataExpiry(eventEndsAt: Date, retentionDays: number): Date {
  return new Date(eventEndsAt.getTime() + retentionDays * 24 * 60 * 60 * 1000);
}

/**
 * Selfie check-in is open on the event's day(s), in the event's time zone: from the start of the first day to
 * the end of the last (badge desks open early; late arrivals still count).
 */
export function checkInWindow(
  event: { startsAt: Date; endsAt: Date; timezone: string },
  now: Date,
): { open: boolean; opensAt: DateTime; closesAt: DateTime } {
  const opensAt = DateTime.fromJSDate(event.startsAt, { zone: event.timezone }).startOf('day');
  const closesAt = DateTime.fromJSDate(event.endsAt, { zone: event.timezone }).endOf('day');
  const at = now.getTime();
  return { open: at >= opensAt.toMillis() && at <= closesAt.toMillis(), opensAt, closesAt };
}
