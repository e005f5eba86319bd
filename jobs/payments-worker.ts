import type { Redis } from 'ioredis';
import { startJobWorker } from './define-job.js';
import { expireCheckoutJob } from './expire-checkout.job.js';
import { issueRefundJob } from './issue-refund.job.js';
import { openCheckoutJob } from './open-checkout.job.js';
import { paymentEventJob } from './payment-event.job.js';
import type { PaymentJobDeps } from './payment-jobs.js';
import { paymentsSweepJob } from './payments-sweep.job.js';

/**
 * Runs the Stripe jobs (only started when Stripe is configured): checkout links, webhook events, refunds,
 * closing the sessions of released reservations.
 */
export async function startPaymentsWorker(opts: {
  connection: Redis;
  prefix: string;
  deps: PaymentJobDeps;
  concurrency?: number;
}) {
  await paymentsSweepJob.schedule(opts.deps.queues);
  return startJobWorker({
    queue: 'payments',
    jobs: [openCheckoutJob, paymentEventJob, issueRefundJob, expireCheckoutJob, paymentsSweepJob],
    deps: opts.deps,
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 8,
  });
}
