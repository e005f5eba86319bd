import type { Redis } from 'ioredis';
import type { Queues } from './create-queues.js';
import { startJobWorker } from './define-job.js';
import { expireOfferJob } from './expire-offer.job.js';
import { offerFreedSeatsJob, runOfferFreedSeats, type WaitlistJobDeps } from './offer-freed-seats.job.js';
import { waitlistSweepJob } from './waitlist-sweep.job.js';

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
}) {
  const { waitlist, queues } = opts;
  await waitlistSweepJob.schedule(queues);
  return startJobWorker({
    queue: 'waitlist',
    jobs: [offerFreedSeatsJob, expireOfferJob, waitlistSweepJob],
    deps: {
      ...waitlist,
      queues,
      offerFreedSeats: (tierId: string) => runOfferFreedSeats(waitlist, queues, tierId),
    },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 4,
  });
}
