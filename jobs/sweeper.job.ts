import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { findStrandedWork } from '../core/services/outbox/find-stranded.js';
import type { RetentionSettings } from '../core/services/retention/apply-retention.js';
import type { Queues } from './create-queues.js';
import { defineJob, noPayload, startJobWorker } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import { enqueueInbound } from './inbound.job.js';
import { type RetentionJobDeps, retentionJob } from './retention.job.js';

export const SWEEP_EVERY_MS = 5_000;

/** Re-enqueues inbound messages and outbox rows whose job was lost. Job ids dedupe against live jobs. */
export async function sweepStrandedWork(
  em: EntityManager,
  queues: Queues,
  olderThanSeconds = 3,
): Promise<{ inbound: number; outbox: number }> {
  const work = await findStrandedWork(em.fork(), { olderThanSeconds, limit: 500 });
  for (const id of work.inboundIds) {
    await dropFailedJob(queues.inbound, id);
    await enqueueInbound(queues, id);
  }
  // One job per stranded row: unrelated rows must not wait on each other's retries.
  for (const id of work.outboxIds) {
    await dropFailedJob(queues.delivery, id);
    await enqueueDeliveries(queues, [id]);
  }
  return { inbound: work.inboundIds.length, outbox: work.outboxIds.length };
}

/**
 * A row still open in Postgres whose job used up its attempts (Postgres was down for all of them, so not even
 * the failure could be recorded): the failed job keeps its id, and BullMQ ignores an add with that id, so it
 * is removed first. Jobs that are waiting, delayed or running are left alone.
 */
async function dropFailedJob(queue: Queue, jobId: string): Promise<void> {
  const job = await queue.getJob(jobId);
  if (job && (await job.isFailed())) await job.remove();
}

/** The outbox sweeper: every few seconds, the work whose job Redis lost is queued again. */
export const sweeperJob = defineJob({
  name: 'sweep',
  queue: 'maintenance',
  payload: noPayload,
  repeat: { schedulerId: 'sweep-stranded', every: SWEEP_EVERY_MS },
  process: (deps: { em: EntityManager; queues: Queues }) => sweepStrandedWork(deps.em, deps.queues),
});

/** The maintenance worker: the sweep every few seconds and, given its settings, the hourly retention run. */
export async function startSweeper(opts: {
  connection: Redis;
  prefix: string;
  em: EntityManager;
  queues: Queues;
  retention?: RetentionSettings;
  clock?: () => Date;
}) {
  await sweeperJob.schedule(opts.queues);
  if (opts.retention) await retentionJob.schedule(opts.queues);
  const retention = opts.retention ?? { messageDays: Number.POSITIVE_INFINITY };
  return startJobWorker<RetentionJobDeps & { queues: Queues }>({
    queue: 'maintenance',
    jobs: [sweeperJob, retentionJob],
    deps: { em: opts.em, queues: opts.queues, clock: opts.clock ?? (() => new Date()), settings: retention },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
  });
}
