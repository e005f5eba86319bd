import type { EntityManager } from '@mikro-orm/postgresql';

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
  const [closed] = await em.execute<{ entry_id: string; tier_id: string; seats: number }[]>(
    `update waitlist_promotions set status = ?, closed_at = ?
      where id = ? and status = 'open'
      returning entry_id, tier_id, seats`,
    [input.status, input.now, input.promotionId],
  );
  if (!closed) return null;
  const released = await em.execute<{ id: string }[]>(
    'update ticket_tiers set held = held - ? where id = ? and held >= ? returning id',
    [closed.seats, closed.tier_id, closed.seats],
  );
  // Every open offer's seats are in `held`; anything else is a bookkeeping bug worth failing loudly on.
  if (released.length === 0)
    throw new Error(`tier ${closed.tier_id} holds fewer seats than offer ${input.promotionId}`);
  await em.execute(
    `update waitlists set status = ?, updated_at = clock_timestamp() where id = ? and status = 'offered'`,
    [input.entryStatus, closed.entry_id],
  );
  return {
    promotionId: input.promotionId,
    entryId: closed.entry_id,
    tierId: closed.tier_id,
    seats: closed.seats,
  };
}
