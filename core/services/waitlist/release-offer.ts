import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

export interface ReleasedOffer {
  promotionId: string;
  entryId: string;
  tierId: string;
  seats: number;
}

/**
 * Closes an open offer and gives its held seats back to the tier, in the caller's transaction. The guarded
 * update makes it happen once however many passes, expiries and sweeps race for the same offer; it locks the
 * promotion before the tier row, the same order as claim-offer, so the two never deadlock.
 * Returns null when the offer was no longer open.
 */
export async function releaseOffer(
  em: EntityManager,
  input: { promotionId: string; status: 'passed' | 'expired'; entryStatus: 'left' | 'expired'; now: Date },
): Promise<ReleasedOffer | null> {
  const db = kysely(em);
  const closed = await db
    .updateTable('WaitlistPromotion')
    .set({ status: input.status, closedAt: input.now })
    .where('id', '=', input.promotionId)
    .where('status', '=', 'open')
    .returning(['entry as entryId', 'tier as tierId', 'seats'])
    .executeTakeFirst();
  if (!closed) return null;
  const released = await db
    .updateTable('TicketTier')
    .set((eb) => ({ held: eb('held', '-', closed.seats) }))
    .where('id', '=', closed.tierId)
    .where('held', '>=', closed.seats)
    .executeTakeFirst();
  // Every open offer's seats are in `held`; anything else is a bookkeeping bug worth failing loudly on.
  if (released.numUpdatedRows === 0n)
    throw new Error(`tier ${closed.tierId} holds fewer seats than offer ${input.promotionId}`);
  await db
    .updateTable('WaitlistEntry')
    .set({ status: input.entryStatus, updatedAt: sql`clock_timestamp()` })
    .where('id', '=', closed.entryId)
    .where('status', '=', 'offered')
    .executeTakeFirst();
  return {
    promotionId: input.promotionId,
    entryId: closed.entryId,
    tierId: closed.tierId,
    seats: closed.seats,
  };
}
