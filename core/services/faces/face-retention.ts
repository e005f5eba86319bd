import { DateTime } from 'luxon';
import type { EventInfo } from '../events/load-event.js';

type RetentionEvent = Pick<EventInfo, 'endsAt' | 'faceRetentionDays'>;

/** Face data is deleted this long after the event ends: the event's retention, else FACE_RETENTION_DAYS. */
export function faceDataExpiry(event: RetentionEvent, defaultRetentionDays: number): Date {
  const days = event.faceRetentionDays ?? defaultRetentionDays;
  return new Date(event.endsAt.getTime() + days * 24 * 60 * 60 * 1000);
}

type WindowEvent = Pick<EventInfo, 'startsAt' | 'endsAt' | 'timezone' | 'checkInOpensAt' | 'checkInClosesAt'>;

/**
 * When selfie check-in is open: the organizer's window when the event sets one, else the event's day(s) in its
 * time zone, from the start of the first day to the end of the last (badge desks open early; late arrivals
 * still count).
 */
export function checkInWindow(
  event: WindowEvent,
  now: Date,
): { open: boolean; opensAt: DateTime; closesAt: DateTime } {
  const zone = { zone: event.timezone };
  const opensAt = event.checkInOpensAt
    ? DateTime.fromJSDate(event.checkInOpensAt, zone)
    : DateTime.fromJSDate(event.startsAt, zone).startOf('day');
  const closesAt = event.checkInClosesAt
    ? DateTime.fromJSDate(event.checkInClosesAt, zone)
    : DateTime.fromJSDate(event.endsAt, zone).endOf('day');
  const at = now.getTime();
  return { open: at >= opensAt.toMillis() && at <= closesAt.toMillis(), opensAt, closesAt };
}
