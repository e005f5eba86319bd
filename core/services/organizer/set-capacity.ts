import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export type CapacityChange = { add: number } | { set: number };

export type CapacityResult =
  | { ok: true; tierId: string; code: string; before: number; after: number; free: number }
  | { ok: false; reason: 'below-taken'; code: string; minimum: number; requested: number }
  /** All tiers together would hold more people than the venue does. */
  | {
      ok: false;
      reason: 'over-venue';
      code: string;
      maximum: number;
      requested: number;
      venue: string;
      venueCapacity: number;
    }
  /** A large change is only made once an organizer confirms it (a typo like +999 instead of +9). */
  | { ok: false; reason: 'needs-confirm'; code: string; before: number; requested: number };

/** Changes above this many seats and this share of the tier need a confirmation. */
const LARGE_CHANGE_SEATS = 20;
const LARGE_CHANGE_SHARE = 0.5;

export const isLargeChange = (before: number, after: number): boolean =>
  Math.abs(after - before) > Math.max(LARGE_CHANGE_SEATS, before * LARGE_CHANGE_SHARE);

/**
 * Raises or sets a tier's capacity under the tier row lock. Never below sold + held (seats people have or
 * hold; the CHECK constraint `sold + held <= capacity` would refuse it anyway), never so that the event's
 * tiers together exceed the venue's capacity, and a large change only when `confirmed`.
 */
export async function setCapacity(
  em: EntityManager,
  tierId: string,
  change: CapacityChange,
  options: { confirmed?: boolean } = {},
): Promise<CapacityResult> {
  return em.transactional(async (tx) => {
    const db = kysely(tx);
    const tier = await db
      .selectFrom('TicketTier')
      .select(['code', 'capacity', 'sold', 'held', 'event'])
      .where('id', '=', tierId)
      .forUpdate()
      .executeTakeFirst();
    if (!tier) throw new Error(`tier ${tierId} not found`);
    const requested = 'add' in change ? tier.capacity + change.add : change.set;
    const minimum = tier.sold + tier.held;
    if (requested < minimum) return { ok: false, reason: 'below-taken', code: tier.code, minimum, requested };
    const venue = await venueRoom(tx, tier.event, tierId);
    // Only a raise is refused: a tier already over the venue's room can still be lowered.
    if (venue && requested > venue.capacity - venue.otherTiers && requested > tier.capacity) {
      const maximum = Math.max(venue.capacity - venue.otherTiers, tier.capacity);
      return {
        ok: false,
        reason: 'over-venue',
        code: tier.code,
        maximum,
        requested,
        venue: venue.name,
        venueCapacity: venue.capacity,
      };
    }
    if (!options.confirmed && isLargeChange(tier.capacity, requested)) {
      return { ok: false, reason: 'needs-confirm', code: tier.code, before: tier.capacity, requested };
    }
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

/** The venue's capacity and what the event's other tiers already take of it; null when the venue has none. */
async function venueRoom(em: EntityManager, eventId: string, tierId: string) {
  const db = kysely(em);
  const venue = await db
    .selectFrom('Event as e')
    .innerJoin('Venue as v', 'v.id', 'e.venue')
    .select(['v.name', 'v.capacity'])
    .where('e.id', '=', eventId)
    .executeTakeFirst();
  if (!venue || venue.capacity == null) return null;
  const others = await db
    .selectFrom('TicketTier')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('capacity'), eb.val(0)).as('total'))
    .where('event', '=', eventId)
    .where('id', '!=', tierId)
    .executeTakeFirstOrThrow();
  return { name: venue.name, capacity: venue.capacity, otherTiers: Number(others.total) };
}
