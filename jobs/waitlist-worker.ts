import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES, type Queues } from './queues.js';
import { EXPIRE_OFFER_JOB, expireOfferPayload, runExpireOffer } from './waitlist-expiry.job.js';
import {
  OFFER_FREED_SEATS_JOB,
  offerFreedSeatsPayload,
  runOfferFreedSeats,
  type WaitlistJobDeps,
} from './waitlist-offers.job.js';
import { scheduleWaitlistSweep, sweepWaitlists, WAITLIST_SWEEP_JOB } from './waitlist-sweep.job.js';
import { WORKER_SETTINGS } from './worker-settings.js';

/**
 * Runs the waiting-list jobs: offer freed seats, expire an offer (then offer its seats on at once), and the
 * periodic sweep. Every job is idempotent — exactly-once lives in Postgres (tier row lock, guarded updates,
 * unique indexes), so a retried or duplicated job changes nothing twice.
 */
export async function startWaitlistWorker(opts: {
  connection: Redis;
  prefix: string;
  waitlist: WaitlistJobDeps;
  queues: Queues;
  concurrency?: number;
}): Promise<Worker> {
  await scheduleWaitlistSweep(opts.queues);
  return new Worker(
    QUEUE_NAMES.waitlist,
    async (job: Job) => {
      switch (job.name) {
        case OFFER_FREED_SEATS_JOB: {
          const { tierId } = offerFreedSeatsPayload.parse(job.data);
          return { offers: (await runOfferFreedSeats(opts.waitlist, opts.queues, tierId)).length };
        }
        case EXPIRE_OFFER_JOB: {
          const { promotionId } = expireOfferPayload.parse(job.data);
          const tierId = await runExpireOffer(opts.waitlist, opts.queues, promotionId);
          if (!tierId) return { expired: false };
          // The next person hears about the seats now, not at the next sweep.
          return {
            expired: true,
            offers: (await runOfferFreedSeats(opts.waitlist, opts.queues, tierId)).length,
          };
        }
        case WAITLIST_SWEEP_JOB:
          return sweepWaitlists(opts.waitlist, opts.queues);
        default:
          throw new Error(`unknown waitlist job ${job.name}`);
      }
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency ?? 4,
      ...WORKER_SETTINGS,
    },
  );
}
