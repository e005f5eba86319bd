import { describe, expect, it } from 'vitest';
import { moveEventToToday } from '../../../core/catalog/move-event-to-today.js';
import {
  normaliseRefundPolicy,
  refundCents,
  refundShareAt,
} from '../../../core/services/tickets/refund-policy.js';
import { demoEventFile } from '../../support/start-test-app.js';

/** The demo's FAQ: full refund until 26 November, 50 % until 3 December, none after (Lisbon time). */
const policy = normaliseRefundPolicy(demoEventFile().event.refundPolicy!.steps, 'Europe/Lisbon');
const at = (iso: string) => refundShareAt(policy, new Date(iso));

describe('refunds by the event policy', () => {
  it('reads dates as whole days in the event time zone', () => {
    expect(policy.steps).toEqual([
      { until: '2026-11-27T00:00:00.000Z', percent: 100 },
      { until: '2026-12-04T00:00:00.000Z', percent: 50 },
    ]);
  });

  it('gives 100 % through 26 November, 50 % through 3 December, nothing after', () => {
    expect(at('2026-11-20T10:00:00Z').percent).toBe(100);
    expect(at('2026-11-26T23:59:59Z').percent).toBe(100);
    expect(at('2026-11-27T00:00:00Z').percent).toBe(50);
    expect(at('2026-12-01T12:00:00Z')).toEqual({ percent: 50, until: new Date('2026-12-04T00:00:00Z') });
    expect(at('2026-12-04T00:00:00Z')).toEqual({ percent: 0, until: null });
  });

  it('refunds in full without a policy, and never more than the share (rounded down to the cent)', () => {
    expect(refundShareAt(null, new Date())).toEqual({ percent: 100, until: null });
    expect(refundCents(49_900, 50)).toBe(24_950);
    expect(refundCents(999, 50)).toBe(499);
    expect(refundCents(49_900, 0)).toBe(0);
  });

  it('keeps the steps in time order and accepts instants', () => {
    const mixed = normaliseRefundPolicy(
      [
        { until: '2026-12-03', percent: 50 },
        { until: '2026-11-26T18:00:00+00:00', percent: 100 },
      ],
      'Europe/Lisbon',
    );
    expect(mixed.steps.map((s) => s.percent)).toEqual([100, 50]);
    expect(mixed.steps[0]!.until).toBe('2026-11-26T18:00:00.000Z');
  });

  it('moves with the event when the demo is moved to today', () => {
    const moved = moveEventToToday(demoEventFile(), new Date('2026-12-20T09:00:00Z'));
    // The event moved 10 days later, and so do the refund dates.
    expect(moved.event.refundPolicy!.steps.map((s) => s.until)).toEqual(['2026-12-06', '2026-12-13']);
  });
});
