import { findOverdueOffers } from '../core/services/waitlist/expire-offers.js';
import { findTiersToOffer } from '../core/services/waitlist/find-tiers-to-offer.js';
import type { Queues } from './queues.js';
import { runExpireOffer } from './waitlist-expiry.job.js';
import { runOfferFreedSeats, type WaitlistJobDeps } from './waitlist-offers.job.js';

export const WAITLIST_SWEEP_JOB = 'sweep';
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

/** Registers the repeating sweep (idempotent: one scheduler per queue prefix, however many workers start). */
export async function scheduleWaitlistSweep(queues: Queues): Promise<void> {
  await queues.waitlist.upsertJobScheduler(
    'waitlist-sweep',
    { every: WAITLIST_SWEEP_EVERY_MS },
    { name: WAITLIST_SWEEP_JOB, opts: { attempts: 1, removeOnFail: 100 } },
  );
}
