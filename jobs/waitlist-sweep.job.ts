import { findOverdueOffers } from '../core/services/waitlist/expire-offers.js';
import { findTiersToOffer } from '../core/services/waitlist/find-tiers-to-offer.js';
import type { Queues } from './create-queues.js';
import { defineJob, noPayload } from './define-job.js';
import { runExpireOffer } from './expire-offer.job.js';
import { runOfferFreedSeats, type WaitlistJobDeps } from './offer-freed-seats.job.js';

/** How often the sweep runs: the longest a lost job can delay an expiry or an offer. */
export const WAITLIST_SWEEP_EVERY_MS = 2_000;

/**
 * The safety net under the waiting-list jobs: expires open offers past their deadline (a lost or late
 * delayed job) and offers free seats of any tier with a fitting waiting party (a lost offer job, seats freed
 * without one — e.g. an organizer raising capacity by re-importing the event).
 */
export async function sweepWaitlists(
  deps: WaitlistJobDeps,
  queues: Queues,
): Promise<{ expired: number; offered: number }> {
  let expired = 0;
  for (const promotionId of await findOverdueOffers(deps.em.fork(), deps.clock())) {
    if (await runExpireOffer(deps, queues, promotionId)) expired++;
  }
  let offered = 0;
  for (const tierId of await findTiersToOffer(deps.em.fork(), deps.clock())) {
    offered += (await runOfferFreedSeats(deps, queues, tierId)).length;
  }
  return { expired, offered };
}

/** The waiting-list sweep, every few seconds (attempts 1: the next run is seconds away). */
export const waitlistSweepJob = defineJob({
  name: 'sweep',
  queue: 'waitlist',
  payload: noPayload,
  options: { attempts: 1, removeOnFail: 100 },
  repeat: { schedulerId: 'waitlist-sweep', every: WAITLIST_SWEEP_EVERY_MS },
  process: (deps: WaitlistJobDeps & { queues: Queues }) => sweepWaitlists(deps, deps.queues),
});
