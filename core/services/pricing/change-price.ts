import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export type PriceChange =
  | { changed: true; tierId: string; oldPriceCents: number; newPriceCents: number }
  | { changed: false; tierId: string; priceCents: number; reason: 'same_price' | 'already_applied' };

/**
 * Sets a tier's price and writes its pricing_history row in the same transaction, under the tier's row lock
 * (one short statement pair, like any sale). Orders keep the unit price they were placed at, so nothing
 * existing changes; a reservation in progress is paid at its own price. A scheduled step is applied once
 * (unique per tier and step), so two job runs never write two rows.
 */
export async function changePrice(
  em: EntityManager,
  input: {
    tierId: string;
    newPriceCents: number;
    reason: string | null;
    appliedBy: string;
    scheduleStep?: string;
    now: Date;
  },
): Promise<PriceChange> {
  const db = kysely(em);
  const tier = await db
    .selectFrom('TicketTier')
    .select(['id', 'event', 'priceCents'])
    .where('id', '=', input.tierId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (input.scheduleStep) {
    const done = await db
      .selectFrom('PricingHistory')
      .select('id')
      .where('tier', '=', tier.id)
      .where('scheduleStep', '=', input.scheduleStep)
      .executeTakeFirst();
    if (done)
      return { changed: false, tierId: tier.id, priceCents: tier.priceCents, reason: 'already_applied' };
  }
  if (tier.priceCents === input.newPriceCents && !input.scheduleStep)
    return { changed: false, tierId: tier.id, priceCents: tier.priceCents, reason: 'same_price' };
  await db
    .updateTable('TicketTier')
    .set((eb) => ({ priceCents: input.newPriceCents, version: eb('version', '+', 1) }))
    .where('id', '=', tier.id)
    .executeTakeFirst();
  await db
    .insertInto('PricingHistory')
    .values({
      id: randomUUID(),
      tier: tier.id,
      eventId: tier.event,
      oldPriceCents: tier.priceCents,
      newPriceCents: input.newPriceCents,
      reason: input.reason,
      appliedBy: input.appliedBy,
      scheduleStep: input.scheduleStep ?? null,
      appliedAt: input.now,
    })
    .executeTakeFirst();
  return {
    changed: true,
    tierId: tier.id,
    oldPriceCents: tier.priceCents,
    newPriceCents: input.newPriceCents,
  };
}
