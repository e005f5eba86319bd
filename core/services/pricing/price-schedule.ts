import type { PriceSchedule } from '../../../db/entities/ticket-tier.entity.js';
import { endOfDayOrInstant } from '../tickets/refund-policy.js';

export type { PriceSchedule };

/** The event file's phases (major units, dates or instants) as stored: cents and instants, in time order. */
export function normalisePriceSchedule(
  phases: { until: string; price: number }[],
  regularPrice: number,
  timezone: string,
): PriceSchedule {
  return {
    phases: phases
      .map((p) => ({ until: endOfDayOrInstant(p.until, timezone), priceCents: Math.round(p.price * 100) }))
      .sort((a, b) => Date.parse(a.until) - Date.parse(b.until)),
    afterCents: Math.round(regularPrice * 100),
  };
}

/** The price the schedule sets at `now`: the first phase not yet over, else the regular price. */
export function scheduledPriceAt(schedule: PriceSchedule, now: Date): number {
  return schedule.phases.find((p) => now < new Date(p.until))?.priceCents ?? schedule.afterCents;
}

/**
 * The latest phase that has ended by `now` and the price after it: what the job applies (once per phase,
 * keyed by the phase's end). Null while the first phase runs.
 */
export function endedPhase(schedule: PriceSchedule, now: Date): { step: string; nextCents: number } | null {
  let ended: { step: string; nextCents: number } | null = null;
  schedule.phases.forEach((phase, i) => {
    if (new Date(phase.until) <= now)
      ended = { step: phase.until, nextCents: schedule.phases[i + 1]?.priceCents ?? schedule.afterCents };
  });
  return ended;
}
