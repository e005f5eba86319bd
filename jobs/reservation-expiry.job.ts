import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { expireReservations } from '../core/services/tickets/expire-reservations.js';
import { notifyExpired } from '../core/services/tickets/notify-expired.js';
import { QUEUE_NAMES, type Queues } from './create-queues.js';
import { defineJob, noPayload, startJobWorker } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import { dispatchFollowUps } from './follow-ups.js';
import { priceScheduleJob } from './price-schedule.job.js';

export const RESERVATIONS_QUEUE = QUEUE_NAMES.reservations;
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
    await dispatchFollowUps(deps.queues, [
      ...result.freed.map((f) => ({ kind: 'offer-freed-seats' as const, tierId: f.tierId })),
      // The held seats are back on sale: their Checkout Sessions must stop taking payment.
      ...result.openCheckouts.map((orderId) => ({ kind: 'expire-checkout' as const, orderId })),
    ]).catch(() => {});
    if (result.orders === 0) return { orders, seats };
  }
}

/** The repeating expiry run (attempts 1: the next run comes within seconds anyway). */
export const reservationExpiryJob = defineJob({
  name: 'expire',
  queue: 'reservations',
  payload: noPayload,
  options: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  repeat: { schedulerId: 'expire-reservations', every: RESERVATION_SWEEP_EVERY_MS },
  process: (deps: { em: EntityManager; queues: Queues; clock: () => Date }) => runReservationExpiry(deps),
});

/** Registers the repeating expiry and price-schedule runs (one scheduler each per prefix) and starts their worker. */
export async function startReservationExpiry(opts: {
  connection: Redis;
  prefix: string;
  em: EntityManager;
  queues: Queues;
  clock?: () => Date;
}) {
  await reservationExpiryJob.schedule(opts.queues);
  await priceScheduleJob.schedule(opts.queues);
  return startJobWorker({
    queue: 'reservations',
    jobs: [reservationExpiryJob, priceScheduleJob],
    deps: { em: opts.em, queues: opts.queues, clock: opts.clock ?? (() => new Date()) },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
  });
}
