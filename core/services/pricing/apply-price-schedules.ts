import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { changePrice, type PriceChange } from './change-price.js';
import { endedPhase } from './price-schedule.js';

/**
 * Applies every tier's scheduled phase that has ended by `now` (the early bird is over → the regular price),
 * each with its pricing_history row, once per phase (the row's `schedule_step`), in the caller's transaction.
 */
export async function applyPriceSchedules(em: EntityManager, now: Date): Promise<PriceChange[]> {
  const tiers = await kysely(em)
    .selectFrom('TicketTier')
    .select(['id', 'priceSchedule'])
    .where('priceSchedule', 'is not', null)
    .execute();
  const changes: PriceChange[] = [];
  for (const tier of tiers) {
    const ended = tier.priceSchedule ? endedPhase(tier.priceSchedule, now) : null;
    if (!ended) continue;
    const change = await changePrice(em, {
      tierId: tier.id,
      newPriceCents: ended.nextCents,
      reason: 'scheduled phase ended',
      appliedBy: 'schedule',
      scheduleStep: ended.step,
      now,
    });
    if (change.changed) changes.push(change);
  }
  return changes;
}
