import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export type CapacityChange = { add: number } | { set: number };

export type CapacityResult =
  | { ok: true; tierId: string; code: string; before: number; after: number; free: number }
  | { ok: false; reason: 'below-taken'; code: string; minimum: number; requested: number };

/**
 * Raises or sets a tier's capacity under the tier row lock. Never below sold + held (seats people have or
 * hold); the CHECK constraint `sold + held <= capacity` would refuse it anyway.
 */
export async function setCapacity(
  em: EntityManager,
  tierId: string,
  change: CapacityChange,
): Promise<CapacityResult> {
  return em.transactional(async (tx) => {
    const db = kysely(tx);
    const tier = await db
      .selectFrom('TicketTier')
      .select(['code', 'capacity', 'sold', 'held'])
      .where('id', '=', tierId)
      .forUpdate()
      .executeTakeFirst();
    if (!tier) throw new Error(`tier ${tierId} not found`);
    const requested = 'add' in change ? tier.capacity + change.add : change.set;
    const minimum = tier.sold + tier.held;
    if (requested < minimum) return { ok: false, reason: 'below-taken', code: tier.code, minimum, requested };
    await db
      .updateTable('TicketTier')
      .set((eb) => ({ capacity: requested, version: eb('version', '+', 1) }))
      .where('id', '=', tierId)
      .executeTakeFirst();
    return {
      ok: true,
      tierId,
      code: tier.code,
      before: tier.capacity,
      after: requested,
      free: requested - minimum,
    };
  });
}
