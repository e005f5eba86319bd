import { DateTime } from 'luxon';

/** What the organizer may tune about feedback requests (config: FEEDBACK_DAILY_CAP, the template's SID). */
export interface FeedbackSettings {
  /** Requests per person per day (the event's day); the default is 3. */
  dailyCap: number;
  /** The approved WhatsApp template for a request outside the 24-hour window. */
  templateId: string;
}

/** Never between 22:00 and 08:00 at the venue: a request then waits for the morning. */
export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 8;

/** A session ended longer ago than this is no longer asked about (memories fade, requests annoy). */
export const ASK_WITHIN_MS = 18 * 60 * 60 * 1000;

/** Whether `now` is inside the quiet hours in the event's time zone. */
export function isQuietHour(now: Date, timezone: string): boolean {
  const hour = DateTime.fromJSDate(now, { zone: timezone }).hour;
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** The start of the event's local day containing `now` (the daily cap counts from there). */
export function startOfLocalDay(now: Date, timezone: string): Date {
  return DateTime.fromJSDate(now, { zone: timezone }).startOf('day').toJSDate();
}
