import type { EntityManager } from '@mikro-orm/postgresql';
import { lockOffer } from './lock-offer.js';
import { type ReleasedOffer, releaseOffer } from './release-offer.js';
import { type ActiveEntry, findActiveEntries } from './waitlist-position.js';

export type LeaveWaitlistResult =
  | { outcome: 'left'; entry: ActiveEntry; released: ReleasedOffer | null }
  | { outcome: 'not_found' };

/**
 * Takes a person off one waiting list (status 'left'). Leaving while holding an offer passes it: the held
 * seats go back and must be offered on (offer-freed-seats) after commit. The entry can turn from waiting to
 * offered between our read and our write (an offer committing meanwhile): then we read again and pass it.
 */
export async function leaveWaitlist(
  em: EntityManager,
  input: { eventId: string; contactId: string; entryId: string; now: Date },
): Promise<LeaveWaitlistResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [entry] = await findActiveEntries(em, input);
    if (!entry) return { outcome: 'not_found' };
    if (entry.offer) {
      const offer = await lockOffer(em, entry.offer.promotionId);
      if (offer?.status !== 'open') continue; // claimed or expired meanwhile: look again
      const released = await releaseOffer(em, {
        promotionId: offer.id,
        status: 'passed',
        entryStatus: 'left',
        now: input.now,
      });
      if (released) return { outcome: 'left', entry, released };
      continue;
    }
    const left = await em.execute<{ id: string }[]>(
      `update waitlists set status = 'left', updated_at = clock_timestamp()
        where id = ? and status = 'waiting' returning id`,
      [entry.id],
    );
    if (left.length > 0) return { outcome: 'left', entry, released: null };
  }
  return { outcome: 'not_found' };
}
