import type { EntityManager } from '@mikro-orm/postgresql';
import { type LockedOffer, lockOffer } from './lock-offer.js';
import { type ReleasedOffer, releaseOffer } from './release-offer.js';

export type PassOfferResult =
  | { outcome: 'passed'; offer: LockedOffer; released: ReleasedOffer }
  | { outcome: 'already_closed'; offer: LockedOffer }
  | { outcome: 'not_yours' }
  | { outcome: 'not_found' };

/**
 * Pass: the person gives the offer up. The held seats go back to the tier (the caller then offers them to the
 * next entry) and the entry leaves the list — passing means "not for me", so we do not put them back in
 * line to be offered the same seats again; they can join again, at the back.
 */
export async function passOffer(
  em: EntityManager,
  input: { promotionId: string; contactId: string; now: Date },
): Promise<PassOfferResult> {
  const offer = await lockOffer(em, input.promotionId);
  if (!offer) return { outcome: 'not_found' };
  if (offer.contactId !== input.contactId) return { outcome: 'not_yours' };
  if (offer.status !== 'open') return { outcome: 'already_closed', offer };
  const released = await releaseOffer(em, { ...input, status: 'passed', entryStatus: 'left' });
  if (!released) return { outcome: 'already_closed', offer };
  return { outcome: 'passed', offer, released };
}
