import type { EntityManager } from '@mikro-orm/postgresql';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { expireReservations } from '../core/services/tickets/expire-reservations.js';
import { notifyExpired } from '../core/services/tickets/notify-expired.js';
import { dispatchFollowUps } from './follow-ups.js';
import { enqueueDeliveries, type Queues } from './queues.js';
import { WORKER_SETTINGS } from './worker-settings.js';

export const RESERVATIONS_QUEUE = 'reservations';
/** How late an unpaid reservation may be released (holds last 15 minutes). */
export const RESERVATION_SWEEP_EVERY_MS = 20_000;

/**
 * Expires unpaid reservations in batches, tells their owners, and offers the freed seats to the waiting lists.
 * Idempotent: the guarded updates make a second run (or two workers) find nothing left to expire. If Redis
 * drops the follow-up, the waiting-list sweep still finds the free seats.
 */
export async function runReservationExpiry(deps: {
  em: EntityManager;
  queues: Queues;
  clock: () => Date;
}): Promise<{ orders: number; seats: number }> {
  let orders = 0;
  let seats = 0;
  for (;;) {
    const now = deps.clock();
    const { result, outboxIds } = await deps.em.fork().transactional(async (tx) => {
      const result = await expireReservations(tx, now);
      return { result, outboxIds: await notifyExpired(tx, result.expired) };
    });
    orders += result.orders;
    seats += result.freed.reduce((n, f) => n + f.seats, 0);
    await enqueueDeliveries(deps.queues, outboxIds).catch(() => {});
    await dispatchFollowUps(
      deps.queues,
      result.freed.map((f) => ({ kind: 'offer-freed-seats', tierId: f.tierId })),
    ).catch(() => {});
    if (result.orders === 0) return { orders, seats };
  }
}

/** Registers the repeating expiry run (one scheduler per prefix) and starts its worker. */
export async function startReservationExpiry(opts: {
  connection: Redis;
  prefix: string;
  em: EntityManager;
  queues: Queues;
  clock?: () => Date;
}): Promise<Worker> {
  const queue = new Queue(RESERVATIONS_QUEUE, { connection: opts.connection, prefix: opts.prefix });
  try {
    await queue.upsertJobScheduler(
      'expire-reservations',
      { every: RESERVATION_SWEEP_EVERY_MS },
      { name: 'expire', opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 } },
    );
  } finally {
    await queue.close();
  }
  const clock = opts.clock ?? (() => new Date());
  return new Worker(RESERVATIONS_QUEUE, async () => runReservationExpiry({ ...opts, clock }), {
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
    ...WORKER_SETTINGS,
  });
}
