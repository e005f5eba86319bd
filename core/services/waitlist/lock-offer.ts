import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../is-uuid.js';

/** An offer as the person answering it sees it, locked for the rest of the transaction. */
export interface LockedOffer {
  id: string;
  status: 'open' | 'claimed' | 'passed' | 'expired';
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

interface Row {
  id: string;
  status: LockedOffer['status'];
  entry_id: string;
  contact_id: string;
  event_id: string;
  tier_id: string;
  tier_code: string;
  tier_name: string;
  seats: number;
  expires_at: Date;
  order_id: string | null;
  order_reference: string | null;
}

/**
 * Locks an offer's promotion row (`for update`). Everything that closes an offer — claim, pass, expiry —
 * locks the promotion before the tier row, so they serialise on the offer and never deadlock on the tier.
 */
export async function lockOffer(em: EntityManager, promotionId: string): Promise<LockedOffer | null> {
  if (!isUuid(promotionId)) return null;
  const [r] = await em.execute<Row[]>(
    `select p.id, p.status, p.entry_id, w.contact_id, t.event_id, p.tier_id, t.code as tier_code,
            t.name as tier_name, p.seats, p.expires_at, p.order_id, o.reference as order_reference
       from waitlist_promotions p
       join waitlists w on w.id = p.entry_id
       join ticket_tiers t on t.id = p.tier_id
       left join orders o on o.id = p.order_id
      where p.id = ? for update of p`,
    [promotionId],
  );
  if (!r) return null;
  return {
    id: r.id,
    status: r.status,
    entryId: r.entry_id,
    contactId: r.contact_id,
    eventId: r.event_id,
    tierId: r.tier_id,
    tierCode: r.tier_code,
    tierName: r.tier_name,
    seats: r.seats,
    expiresAt: new Date(r.expires_at),
    orderId: r.order_id,
    orderReference: r.order_reference,
  };
}
