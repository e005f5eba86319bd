import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { expireFaceData } from '../core/services/faces/expire-face-data.js';
import type { Queues } from './create-queues.js';
import { defineJob, noPayload, startJobWorker } from './define-job.js';

/** Expired face data is gone within this long of its expiry. */
export const FACE_EXPIRY_SWEEP_EVERY_MS = 10 * 60 * 1000;

/** One expiry run: deletes face data past its retention (idempotent: a second run finds nothing). */
export async function runFaceDataExpiry(deps: { em: EntityManager; clock: () => Date }): Promise<number> {
  return expireFaceData(deps.em.fork(), deps.clock());
}

export interface FaceDataExpiryDeps {
  em: EntityManager;
  clock: () => Date;
  onExpired?: (rows: number) => void;
}

/** The repeating expiry run (attempts 1: the next run comes within minutes anyway). */
export const faceDataExpiryJob = defineJob({
  name: 'expire',
  queue: 'faceData',
  payload: noPayload,
  options: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  repeat: { schedulerId: 'expire-face-data', every: FACE_EXPIRY_SWEEP_EVERY_MS },
  async process(deps: FaceDataExpiryDeps) {
    const rows = await runFaceDataExpiry(deps);
    if (rows > 0) deps.onExpired?.(rows);
    return { rows };
  },
});

/** Registers the repeating expiry run (one scheduler per prefix) and starts its worker. */
export async function startFaceDataExpiry(opts: {
  connection: Redis;
  prefix: string;
  em: EntityManager;
  queues: Queues;
  clock?: () => Date;
  onExpired?: (rows: number) => void;
}) {
  await faceDataExpiryJob.schedule(opts.queues);
  return startJobWorker({
    queue: 'faceData',
    jobs: [faceDataExpiryJob],
    deps: { em: opts.em, clock: opts.clock ?? (() => new Date()), onExpired: opts.onExpired },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
  });
}
