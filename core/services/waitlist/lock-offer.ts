import type { EntityManager } from '@mikro-orm/postgresql';
import type { WaitlistPromotion } from '../../../db/entities/waitlist-promotion.entity.js';
import { kysely } from '../../../db/kysely.js';
import { isUuid } from '../../is-uuid.js';

/** An offer as the person answering it sees it, locked for the rest of the transaction. */
export interface LockedOffer {
  id: string;
  status: WaitlistPromotion['status'];
  entryId: string;
  contactId: string;
  eventId: string;
  tierId: string;
  tierCode: string;
  tierName: string;
  seats: number;
  expiresAt: Date;
  orderId: string | null;
  orderReference: string | null;
}

/**
 * Locks an offer's promotion row (`for update`). Everything that closes an offer — claim, pass, expiry —
 * locks the promotion before the tier row, so they serialise on the offer and never deadlock on the tier.
 */
export async function lockOffer(em: EntityManager, promotionId: string): Promise<LockedOffer | null> {
  if (!isUuid(promotionId)) return null;
  const offer = await kysely(em)
    .selectFrom('WaitlistPromotion as p')
    .innerJoin('WaitlistEntry as w', 'w.id', 'p.entry')
    .innerJoin('TicketTier as t', 't.id', 'p.tier')
    .leftJoin('Order as o', 'o.id', 'p.orderId')
    .select([
      'p.id',
      'p.status',
      'p.entry as entryId',
      'w.contact as contactId',
      't.event as eventId',
      'p.tier as tierId',
      't.code as tierCode',
      't.name as tierName',
      'p.seats',
      'p.expiresAt',
      'p.orderId',
      'o.reference as orderReference',
    ])
    .where('p.id', '=', promotionId)
    .forUpdate('p')
    .executeTakeFirst();
  return offer
    ? { ...offer, orderId: offer.orderId ?? null, orderReference: offer.orderReference ?? null }
    : null;
}
