import { DateTime } from 'luxon';
import type { RefundPolicy } from '../../../db/entities/event.entity.js';

export type { RefundPolicy };

/** The share of the price given back at `now`, and until when that share holds (null: for good). */
export interface RefundShare {
  percent: number;
  /** The instant this share ends (exclusive); null when it never changes again. */
  until: Date | null;
}

/**
 * The policy's share at `now`: the first step whose `until` is still ahead, 0 % after the last one. No policy
 * means a full refund (what cancelling always did before policies existed).
 */
export function refundShareAt(policy: RefundPolicy | null, now: Date): RefundShare {
  if (!policy || policy.steps.length === 0) return { percent: 100, until: null };
  for (const step of policy.steps) {
    const until = new Date(step.until);
    if (now < until) return { percent: step.percent, until };
  }
  return { percent: 0, until: null };
}

/** `percent` of `cents`, rounded down to the cent: a refund never gives back more than the policy says. */
export const refundCents = (cents: number, percent: number): number => Math.floor((cents * percent) / 100);

/**
 * The event file's policy (`refundPolicy.steps`: `until` a date or an instant, `percent`) as stored: each
 * `until` an instant. A bare date means "through that whole day" in the event's time zone, as a FAQ would say
 * "full refund until 26 November".
 */
export function normaliseRefundPolicy(
  steps: { until: string; percent: number }[],
  timezone: string,
): RefundPolicy {
  const normalised = steps.map((step) => ({
    percent: step.percent,
    until: endOfDayOrInstant(step.until, timezone),
  }));
  return { steps: normalised.sort((a, b) => Date.parse(a.until) - Date.parse(b.until)) };
}

/** A bare date as the end of that day in `timezone` (the next midnight), an instant as itself; ISO, UTC. */
export function endOfDayOrInstant(until: string, timezone: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until)
    ? DateTime.fromISO(until, { zone: timezone }).plus({ days: 1 }).startOf('day').toUTC().toISO()!
    : new Date(until).toISOString();
}
