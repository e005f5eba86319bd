import type { Worker } from 'bullmq';
import { startDeliveryWorker } from '../jobs/delivery.job.js';
import { startFaceDataExpiry } from '../jobs/face-data-expiry.job.js';
import { dispatchFollowUps } from '../jobs/follow-ups.js';
import { startInboundWorker } from '../jobs/inbound.job.js';
import { startLeadsWorker } from '../jobs/leads-worker.js';
import { startNetworkingWorker } from '../jobs/networking-worker.js';
import { startOrganizerWorker } from '../jobs/organizer-worker.js';
import { startPaymentsWorker } from '../jobs/payments-worker.js';
import { startReservationExpiry } from '../jobs/reservation-expiry.job.js';
import { startSweeper } from '../jobs/sweeper.job.js';
import { startWaitlistWorker } from '../jobs/waitlist-worker.js';
import type { Deps } from './compose.js';

/** Starts every background worker; `close()` lets running jobs finish (graceful shutdown on SIGTERM). */
export async function startWorkers(deps: Deps): Promise<{ workers: Worker[]; close(): Promise<void> }> {
  const prefix = deps.config.queuePrefix;
  const onError = (error: unknown) =>
    deps.logger.warn({ err: error }, 'could not queue replies; the sweeper will');
  const workers = [
    startInboundWorker({
      connection: deps.workerConnection(),
      prefix,
      pipeline: deps.pipeline,
      queues: deps.queues,
      dispatchFollowUps: (followUps) => dispatchFollowUps(deps.queues, followUps),
      voice: deps.voice,
      selfies: deps.selfies,
      media: deps.media.downloader,
      // Replies are sent by the inbound job itself (jobs/deliver-replies.ts); the delivery worker below
      // takes retries, other producers' messages and what this process cannot send.
      delivery: deps.delivery,
      onHandled: (handledAs) => deps.metrics.handled(handledAs),
      log: (line) => deps.logger.debug(line, 'inbound handled'),
      onError,
      ...(deps.config.inboundConcurrency ? { concurrency: deps.config.inboundConcurrency } : {}),
    }),
    startDeliveryWorker({
      connection: deps.workerConnection(),
      prefix,
      delivery: deps.delivery,
      queues: deps.queues,
    }),
    await startOrganizerWorker({
      connection: deps.workerConnection(),
      prefix,
      deps: deps.organizer,
      queues: deps.queues,
    }),
    await startSweeper({
      connection: deps.workerConnection(),
      prefix,
      em: deps.db.em,
      queues: deps.queues,
      retention: deps.config.retention,
    }),
    await startWaitlistWorker({
      connection: deps.workerConnection(),
      prefix,
      waitlist: deps.waitlist,
      queues: deps.queues,
    }),
    await startLeadsWorker({
      connection: deps.workerConnection(),
      prefix,
      deps: deps.leads,
      queues: deps.queues,
    }),
    await startNetworkingWorker({
      connection: deps.workerConnection(),
      prefix,
      networking: deps.networking,
      queues: deps.queues,
    }),
    await startReservationExpiry({
      connection: deps.workerConnection(),
      prefix,
      em: deps.db.em,
      queues: deps.queues,
    }),
    await startFaceDataExpiry({
      connection: deps.workerConnection(),
      prefix,
      em: deps.db.em,
      queues: deps.queues,
      onExpired: (rows) => deps.logger.info({ rows }, 'expired face data deleted'),
    }),
  ];
  if (deps.payments) {
    workers.push(
      await startPaymentsWorker({
        connection: deps.workerConnection(),
        prefix,
        deps: {
          em: deps.db.em,
          gateway: deps.payments.gateway,
          // The pipeline's clock, read at each call: payments and bookings agree on what "now" is.
          clock: () => deps.pipeline.clock(),
          links: deps.skillDeps.links,
          queues: deps.queues,
        },
      }),
    );
  }
  const timed = (
    queue: string,
    job: { name: string; processedOn?: number; finishedOn?: number },
    ok: boolean,
  ) => {
    if (job.processedOn && job.finishedOn) {
      const seconds = (job.finishedOn - job.processedOn) / 1000;
      deps.metrics.jobFinished({ queue, name: job.name, ok, seconds });
    }
  };
  for (const worker of workers) {
    worker.on('completed', (job) => timed(worker.name, job, true));
    worker.on('failed', (job, error) => {
      if (job) timed(worker.name, job, false);
      // Inbound jobs carry the message id; delivery jobs the id of the message they answer, when any.
      const data = (job?.data ?? {}) as { messageId?: unknown; inReplyTo?: unknown };
      const messageId = data.messageId ?? data.inReplyTo;
      deps.logger.warn({ queue: worker.name, jobId: job?.id, messageId, err: error }, 'job failed');
    });
    worker.on('error', (error) => deps.logger.error({ queue: worker.name, err: error }, 'worker error'));
  }
  return {
    workers,
    async close() {
      await Promise.allSettled(workers.map((w) => w.close()));
    },
  };
}
