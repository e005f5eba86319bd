import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { ChannelSendError } from '../core/ports/channel-sender.js';
import { type DeliveryDeps, deliverOutboxRow } from '../core/services/outbox/deliver-outbox-row.js';
import { deliveryPayload, JOB_ATTEMPTS, QUEUE_NAMES } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

/** Sends one outbox row through its channel; transient provider errors are retried with backoff. */
export function startDeliveryWorker(opts: {
  connection: Redis;
  prefix: string;
  delivery: DeliveryDeps;
  concurrency?: number;
}): Worker {
  return new Worker(
    QUEUE_NAMES.delivery,
    async (job: Job) => {
      const { outboxId } = deliveryPayload.parse(job.data);
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
      try {
        return { outcome: await deliverOutboxRow(opts.delivery, outboxId, { finalAttempt }) };
      } catch (error) {
        if (error instanceof ChannelSendError && error.permanent) throw new UnrecoverableError(error.code);
        throw error;
      }
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency ?? 8,
      ...WORKER_SETTINGS,
    },
  );
}
