import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { ChannelSendError } from '../core/ports/channel-sender.js';
import { type DeliveryDeps, deliverOutboxRow } from '../core/services/outbox/deliver-outbox-row.js';
import { deliveryPayload, JOB_ATTEMPTS, QUEUE_NAMES } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

/**
 * Sends outbox rows through their channels, in order. A transient provider error stops the run and the job is
 * retried with backoff (rows already sent are skipped by the claim); permanent failures are recorded on the
 * row by deliverOutboxRow and the run goes on.
 */
export function startDeliveryWorker(opts: {
  connection: Redis;
  prefix: string;
  delivery: DeliveryDeps;
  concurrency?: number;
}): Worker {
  return new Worker(
    QUEUE_NAMES.delivery,
    async (job: Job) => {
      const { outboxIds } = deliveryPayload.parse(job.data);
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
      const outcomes = [];
      for (const outboxId of outboxIds) {
        try {
          outcomes.push(await deliverOutboxRow(opts.delivery, outboxId, { finalAttempt }));
        } catch (error) {
          if (error instanceof ChannelSendError && error.permanent) throw new UnrecoverableError(error.code);
          throw error;
        }
      }
      return { outcomes };
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency ?? 8,
      ...WORKER_SETTINGS,
    },
  );
}
