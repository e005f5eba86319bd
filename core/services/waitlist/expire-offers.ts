import type { EntityManager } from '@mikro-orm/postgresql';
import { WaitlistPromotion } from '../../../db/entities/waitlist-promotion.entity.js';
import { contactLanguage } from '../contacts/contact-language.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { findReplyTarget } from './find-reply-target.js';
import { lockOffer } from './lock-offer.js';
import { offerExpiredMessage } from './offer-message.js';
import { type ReleasedOffer, releaseOffer } from './release-offer.js';
import { rememberButtons } from './remember-buttons.js';

export interface ExpiredOffer extends ReleasedOffer {
  outboxIds: string[];
}

/**
 * Expires one offer whose claim window has passed: the seats go back to the tier, the entry leaves the list
 * (status 'expired') and the person gets a short note (proactive, so opt-out and the 24-hour rule apply at
 * delivery). Safe to run any number of times and early: a claimed, passed or not-yet-due offer is left alone.
 * The caller then offers the freed seats to the next entries (offer-freed-seats).
 */
export async function expireOffer(
  em: EntityManager,
  input: { promotionId: string; now: Date },
): Promise<ExpiredOffer | null> {
  return em.transactional(async (tx) => {
    const offer = await lockOffer(tx, input.promotionId);
    if (offer?.status !== 'open' || offer.expiresAt.getTime() > input.now.getTime()) return null;
    const released = await releaseOffer(tx, { ...input, status: 'expired', entryStatus: 'expired' });
    if (!released) return null;
    const target = await findReplyTarget(tx, offer.contactId, offer.eventId);
    const message = offerExpiredMessage(
      { code: offer.tierCode, name: offer.tierName },
      released.seats,
      await contactLanguage(tx, offer.contactId),
    );
    const outboxIds = await enqueueReplies(tx, target, [message], {
      proactive: true,
      intent: 'waitlist_offer_expired',
    });
    // Best effort (never waits while the tier row is locked): lets a typed "1" mean "Join again".
    if (message.kind === 'buttons') {
      await rememberButtons(
        tx,
        { eventId: offer.eventId, contactId: offer.contactId, buttons: message.buttons },
        { wait: false },
      );
    }
    return { ...released, outboxIds };
  });
}

/** Open offers past their deadline, oldest first: what the periodic sweep expires when a delayed job was lost. */
export async function findOverdueOffers(em: EntityManager, now: Date, limit = 200): Promise<string[]> {
  const offers = await em.find(
    WaitlistPromotion,
    { status: 'open', expiresAt: { $lte: now } },
    { fields: ['id'], orderBy: { expiresAt: 'asc' }, limit },
  );
  return offers.map((o) => o.id);
}
