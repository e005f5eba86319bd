import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { expireOffer } from '../core/services/waitlist/expire-offers.js';
import { type Queues, withTimeout } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';

/**
 * Expires one offer when its claim window ends, then offers its seats on at once. A lost job is covered by
 * the waiting-list sweep, which expires any open offer past its deadline.
 */
export const expireOfferJob = defineJob({
  name: 'expire-offer',
  queue: 'waitlist',
  payload: z.object({ promotionId: z.uuid() }),
  // The job id dedupes a re-schedule; BullMQ refuses ':' in custom ids.
  options: ({ promotionId }) => ({ jobId: `expire-${promotionId}` }),
  async process(
    deps: {
      em: EntityManager;
      clock: () => Date;
      queues: Queues;
      /** Offers a tier's free seats to the next entries (the offer-freed-seats job's body). */
      offerFreedSeats: (tierId: string) => Promise<unknown[]>;
    },
    { promotionId },
  ) {
    const tierId = await runExpireOffer(deps, deps.queues, promotionId);
    if (!tierId) return { expired: false };
    // The next person hears about the seats now, not at the next sweep.
    return { expired: true, offers: (await deps.offerFreedSeats(tierId)).length };
  },
});

/** One delayed job per offer, due when its claim window ends. */
export async function scheduleOfferExpiries(
  queues: Queues,
  offers: { promotionId: string; expiresAt: Date }[],
  now: Date,
): Promise<void> {
  if (offers.length === 0) return;
  await withTimeout(
    queues.waitlist.addBulk(
      offers.map((o) =>
        expireOfferJob.bulkEntry(
          { promotionId: o.promotionId },
          { delay: Math.max(0, o.expiresAt.getTime() - now.getTime()) },
        ),
      ),
    ),
  );
}

/**
 * Expires one offer if it is still open and due, and queues the "your offer expired" note. Returns the tier
 * whose seats came back, so the caller offers them to the next entries.
 */
export async function runExpireOffer(
  deps: { em: EntityManager; clock: () => Date },
  queues: Queues,
  promotionId: string,
): Promise<string | null> {
  const expired = await expireOffer(deps.em.fork(), { promotionId, now: deps.clock() });
  if (!expired) return null;
  // Committed already: if Redis hiccups, the outbox sweeper delivers the note.
  await enqueueDeliveries(queues, expired.outboxIds).catch(() => {});
  return expired.tierId;
}
