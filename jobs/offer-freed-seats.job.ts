import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import {
  type MadeOffer,
  type OfferSettings,
  offerFreedSeats,
} from '../core/services/waitlist/offer-freed-seats.js';
import { offerButtons } from '../core/services/waitlist/offer-message.js';
import { rememberButtons } from '../core/services/waitlist/remember-buttons.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import { scheduleOfferExpiries } from './expire-offer.job.js';

/** What the waiting-list jobs need: the database, a clock and the offer template (config). */
export interface WaitlistJobDeps {
  em: EntityManager;
  clock: () => Date;
  settings: OfferSettings;
}

/**
 * Queues an offer run for a tier whose seats were freed. No job id: a run already in progress may have
 * missed these seats, so every release gets its own run; the tier row lock serialises them and a run with
 * nothing to offer costs one query.
 */
export async function enqueueOfferFreedSeats(queues: Queues, tierId: string): Promise<void> {
  await offerFreedSeatsJob.enqueue(queues, { tierId });
}

/**
 * The job body: offer the tier's free seats (one transaction, see offerFreedSeats), then the after-commit
 * work — deliver the offers now, schedule each offer's expiry, and remember Claim / Pass for conversations
 * that were busy during the transaction. Each step after commit is covered by a sweep if it is lost.
 */
export async function runOfferFreedSeats(
  deps: WaitlistJobDeps,
  queues: Queues,
  tierId: string,
): Promise<MadeOffer[]> {
  const now = deps.clock();
  const offers = await offerFreedSeats(deps.em.fork(), { tierId, now, settings: deps.settings });
  if (offers.length === 0) return offers;
  await enqueueDeliveries(
    queues,
    offers.map((o) => o.outboxId),
  ).catch(() => {});
  await scheduleOfferExpiries(queues, offers, now).catch(() => {});
  for (const offer of offers.filter((o) => !o.buttonsRemembered)) {
    await rememberButtons(
      deps.em.fork(),
      { eventId: offer.eventId, contactId: offer.contactId, buttons: offerButtons(offer.promotionId) },
      { wait: true },
    );
  }
  return offers;
}

/** Offers a tier's freed seats to its waiting list (see runOfferFreedSeats). */
export const offerFreedSeatsJob = defineJob({
  name: 'offer-freed-seats',
  queue: 'waitlist',
  payload: z.object({ tierId: z.uuid() }),
  process: async (deps: WaitlistJobDeps & { queues: Queues }, { tierId }) => ({
    offers: (await runOfferFreedSeats(deps, deps.queues, tierId)).length,
  }),
});
