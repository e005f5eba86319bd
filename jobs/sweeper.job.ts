import type { EntityManager } from '@mikro-orm/postgresql';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { findStrandedWork } from '../core/services/outbox/find-stranded.js';
import { enqueueDeliveries, enqueueInbound, QUEUE_NAMES, type Queues } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

export const SWEEP_EVERY_MS = 5_000;

/** Re-enqueues inbound messages and outbox rows whose job was lost. Job ids dedupe against live jobs. */
export async function sweepStrandedWork(
  em: EntityManager,
  queues: Queues,
  olderThanSeconds = 3,
): Promise<{ inbound: number; outbox: number }> {
  const work = await findStrandedWork(em.fork(), { olderThanSeconds, limit: 500 });
  for (const id of work.inboundIds) await enqueueInbound(queues, id);
  // One job per stranded row: unrelated rows must not wait on each other's retries.
  for (const id of work.outboxIds) await enqueueDeliveries(queues, [id]);
  return { inbound: work.inboundIds.length, outbox: work.outboxIds.length };
}

export async function startSweeper(opts: {
  connection: Redis;
  prefix: string;
  em: EntityManager;
  queues: Queues;
}): Promise<Worker> {
  await opts.queues.maintenance.upsertJobScheduler(
    'sweep-stranded',
    { every: SWEEP_EVERY_MS },
    { name: 'sweep' },
  );
  return new Worker(QUEUE_NAMES.maintenance, async () => sweepStrandedWork(opts.em, opts.queues), {
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
    ...WORKER_SETTINGS,
  });
}
