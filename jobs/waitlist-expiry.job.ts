import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { expireOffer } from '../core/services/waitlist/expire-offers.js';
import { enqueueDeliveries, type Queues, withTimeout } from './queues.js';

export const EXPIRE_OFFER_JOB = 'expire-offer';
export const expireOfferPayload = z.object({ promotionId: z.uuid() });

/**
 * One delayed job per offer, due when its claim window ends. The job id dedupes a re-schedule; a lost job is
 * covered by the waiting-list sweep, which expires any open offer past its deadline.
 */
export async function scheduleOfferExpiries(
  queues: Queues,
  offers: { promotionId: string; expiresAt: Date }[],
  now: Date,
): Promise<void> {
  if (offers.length === 0) return;
  await withTimeout(
    queues.waitlist.addBulk(
      offers.map((o) => ({
        name: EXPIRE_OFFER_JOB,
        data: expireOfferPayload.parse({ promotionId: o.promotionId }),
        // BullMQ refuses ':' in custom ids.
        opts: { jobId: `expire-${o.promotionId}`, delay: Math.max(0, o.expiresAt.getTime() - now.getTime()) },
      })),
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
