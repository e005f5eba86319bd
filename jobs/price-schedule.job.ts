import type { EntityManager } from '@mikro-orm/postgresql';
import { applyPriceSchedules } from '../core/services/pricing/apply-price-schedules.js';
import { defineJob, noPayload } from './define-job.js';

/** How late a scheduled price change (an early bird ending) may be applied. */
export const PRICE_SCHEDULE_EVERY_MS = 30_000;

/**
 * Applies the tiers' scheduled phases that have ended (core/services/pricing), each once with a
 * pricing_history row. Runs on the reservations worker: both are the ticket clock.
 */
export const priceScheduleJob = defineJob({
  name: 'price-schedule',
  queue: 'reservations',
  payload: noPayload,
  options: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  repeat: { schedulerId: 'price-schedule', every: PRICE_SCHEDULE_EVERY_MS },
  process: async (deps: { em: EntityManager; clock: () => Date }) => {
    const changes = await deps.em.fork().transactional((tx) => applyPriceSchedules(tx, deps.clock()));
    return { changed: changes.length };
  },
});
