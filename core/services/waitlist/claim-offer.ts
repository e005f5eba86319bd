import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { Rejection } from '../tickets/booking-rules.js';
import { type PlaceOrderResult, placeOrder } from '../tickets/place-order.js';
import { type LockedOffer, lockOffer } from './lock-offer.js';
import { type ReleasedOffer, releaseOffer } from './release-offer.js';

export type BookedOrder = Extract<PlaceOrderResult, { ok: true }>;

export type ClaimOfferResult =
  | { outcome: 'booked'; offer: LockedOffer; order: BookedOrder }
  /** The booking rules said no (e.g. the per-person cap): the held seats go back to the list. */
  | { outcome: 'refused'; offer: LockedOffer; rejection: Rejection; released: ReleasedOffer | null }
  | { outcome: 'already_claimed'; offer: LockedOffer }
  | { outcome: 'expired'; offer: LockedOffer; released: ReleasedOffer | null }
  | { outcome: 'passed'; offer: LockedOffer }
  | { outcome: 'not_yours' }
  | { outcome: 'not_found' };

/**
 * Claim: books an offer's held seats for the person it was made to, in the caller's transaction. The locked
 * promotion row makes a double tap (or a retried webhook) book once — the second sees 'claimed'; the
 * idempotency key `offer:<promotionId>` would stop a second order anyway. Booking goes through placeOrder,
 * the same path and rules as a normal sale, converting the offer's held seats (paid tiers: into a
 * reservation awaiting payment). A claim at or after the deadline expires the offer instead.
 * Returns what happened; `released` seats must be offered on (offer-freed-seats) after commit.
 */
export async function claimOffer(
  em: EntityManager,
  input: { promotionId: string; contactId: string; now: Date; holdMinutes?: number },
): Promise<ClaimOfferResult> {
  const offer = await lockOffer(em, input.promotionId);
  if (!offer) return { outcome: 'not_found' };
  if (offer.contactId !== input.contactId) return { outcome: 'not_yours' };
  if (offer.status === 'claimed') return { outcome: 'already_claimed', offer };
  if (offer.status === 'passed') return { outcome: 'passed', offer };
  if (offer.status === 'expired') return { outcome: 'expired', offer, released: null };
  if (offer.expiresAt.getTime() <= input.now.getTime()) {
    const released = await releaseOffer(em, { ...input, status: 'expired', entryStatus: 'expired' });
    return { outcome: 'expired', offer, released };
  }

  const order = await placeOrder(em, {
    eventId: offer.eventId,
    tierCode: offer.tierCode,
    contactId: input.contactId,
    quantity: offer.seats,
    idempotencyKey: `offer:${offer.id}`,
    seatsFrom: { promotionId: offer.id, seats: offer.seats },
    ...(input.holdMinutes === undefined ? {} : { holdMinutes: input.holdMinutes }),
    now: input.now,
  });
  if (!order.ok) {
    // placeOrder changed no seats; the offer's are still held: give them to the next person.
    const released = await releaseOffer(em, { ...input, status: 'passed', entryStatus: 'left' });
    return { outcome: 'refused', offer, rejection: order, released };
  }
  const db = kysely(em);
  await db
    .updateTable('WaitlistPromotion')
    .set({ status: 'claimed', orderId: order.orderId, closedAt: input.now })
    .where('id', '=', offer.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  await db
    .updateTable('WaitlistEntry')
    .set({ status: 'claimed', updatedAt: sql`clock_timestamp()` })
    .where('id', '=', offer.entryId)
    .where('status', '=', 'offered')
    .executeTakeFirst();
  return { outcome: 'booked', offer, order };
}
