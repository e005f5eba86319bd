import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
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
    const left = await kysely(em)
      .updateTable('WaitlistEntry')
      .set({ status: 'left', updatedAt: sql`clock_timestamp()` })
      .where('id', '=', entry.id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (left.numUpdatedRows > 0n) return { outcome: 'left', entry, released: null };
  }
  return { outcome: 'not_found' };
}
