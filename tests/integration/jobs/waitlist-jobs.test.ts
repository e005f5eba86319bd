import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expireOfferJob } from '../../../jobs/expire-offer.job.js';
import { offerFreedSeatsJob, runOfferFreedSeats } from '../../../jobs/offer-freed-seats.job.js';
import { waitlistSweepJob } from '../../../jobs/waitlist-sweep.job.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';
import { BEFORE_EVENT, minutesAfter } from '../waitlist/waitlist-database.js';
import { useWaitlistDatabase } from '../waitlist/waitlist-suite.js';

const s = useWaitlistDatabase();
let jobs: JobHarness;
beforeEach(async () => {
  jobs = startJobHarness();
});
afterEach(async () => {
  await jobs.close();
});

const deps = () => ({
  ...s.t.deps,
  queues: jobs.queues,
  offerFreedSeats: (tierId: string) => runOfferFreedSeats(s.t.deps, jobs.queues, tierId),
});

/** A full VIP tier with `waiting` people in line for one seat each, and `freed` seats come back. */
async function lineForVip(waiting: number, freed: number) {
  const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
  const people = await s.t.people(waiting);
  for (const person of people) await s.w.join(person.id, 'vip', 1);
  await s.w.free(tierId, freed);
  return { tierId, people };
}

describe('offer-freed-seats job', () => {
  it('offers the freed seat to the first in line, queues the offer and schedules its expiry', async () => {
    const { tierId, people } = await lineForVip(2, 1);
    expect(await jobs.run(offerFreedSeatsJob, deps(), { tierId })).toEqual({ offers: 1 });
    const [offer] = await s.w.promotions(tierId);
    expect(offer?.contact_id).toBe(people[0]!.id);
    expect(await s.t.sent(people[0]!.id)).toHaveLength(1);
    expect(await jobs.queued('delivery')).toHaveLength(1);
    const [expiry] = await jobs.queued('waitlist');
    expect(expiry).toMatchObject({ name: 'expire-offer', id: `expire-${offer!.id}` });
    // Due when the 30-minute claim window ends (on the job clock, BEFORE_EVENT).
    expect(expiry!.delay).toBe(30 * 60_000);
  });
});

describe('expire-offer job', () => {
  it('expires an unanswered offer at its deadline and offers the seat to the next in line at once', async () => {
    const { tierId, people } = await lineForVip(2, 1);
    await runOfferFreedSeats(s.t.deps, jobs.queues, tierId);
    const [offer] = await s.w.promotions(tierId);
    // The offer's own expiry job waits in the queue for 30 minutes; these run the same job earlier.
    const early = (n: number) => ({ jobId: `early-${n}` });
    expect(await jobs.run(expireOfferJob, deps(), { promotionId: offer!.id }, early(1))).toEqual({
      expired: false,
    });

    s.t.deps.setNow(minutesAfter(BEFORE_EVENT, 31));
    expect(await jobs.run(expireOfferJob, deps(), { promotionId: offer!.id }, early(2))).toEqual({
      expired: true,
      offers: 1,
    });
    const promotions = await s.w.promotions(tierId);
    expect(promotions.map((p) => [p.contact_id, p.status])).toEqual([
      [people[0]!.id, 'expired'],
      [people[1]!.id, 'open'],
    ]);
  });
});

describe('waiting-list sweep job', () => {
  it('offers free seats whose offer job was lost', async () => {
    const { tierId, people } = await lineForVip(1, 1);
    expect(await jobs.run(waitlistSweepJob, deps(), {})).toEqual({ expired: 0, offered: 1 });
    expect((await s.w.promotions(tierId)).map((p) => p.contact_id)).toEqual([people[0]!.id]);
    expect(await jobs.run(waitlistSweepJob, deps(), {})).toEqual({ expired: 0, offered: 0 });
  });
});
