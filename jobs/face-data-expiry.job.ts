import type { EntityManager } from '@mikro-orm/postgresql';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { expireFaceData } from '../core/services/faces/expire-face-data.js';
import { WORKER_SETTINGS } from './worker-settings.js';

export const FACE_DATA_QUEUE = 'face-data';
/** Expired face data is gone within this long of its expiry. */
export const FACE_EXPIRY_SWEEP_EVERY_MS = 10 * 60 * 1000;

/** One expiry run: deletes face data past its retention (idempotent: a second run finds nothing). */
export async function runFaceDataExpiry(deps: { em: EntityManager; clock: () => Date }): Promise<number> {
  return expireFaceData(deps.em.fork(), deps.clock());
}

/** Registers the repeating expiry run (one scheduler per prefix) and starts its worker. */
export async function startFaceDataExpiry(opts: {
  connection: Redis;
  prefix: string;
  em: EntityManager;
  clock?: () => Date;
  onExpired?: (rows: number) => void;
}): Promise<Worker> {
  const queue = new Queue(FACE_DATA_QUEUE, { connection: opts.connection, prefix: opts.prefix });
  try {
    await queue.upsertJobScheduler(
      'expire-face-data',
      { every: FACE_EXPIRY_SWEEP_EVERY_MS },
      { name: 'expire', opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 } },
    );
  } finally {
    await queue.close();
  }
  const clock = opts.clock ?? (() => new Date());
  return new Worker(
    FACE_DATA_QUEUE,
    async () => {
      const rows = await runFaceDataExpiry({ em: opts.em, clock });
      if (rows > 0) opts.onExpired?.(rows);
      return { rows };
    },
    { connection: opts.connection, prefix: opts.prefix, concurrency: 1, ...WORKER_SETTINGS },
  );
}
