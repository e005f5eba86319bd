import type { EntityManager } from '@mikro-orm/postgresql';
import { TicketTier } from '../../../db/entities/ticket-tier.entity.js';

/** A tier as the waiting list sees it: what it costs and how many seats nobody has or holds. */
export interface TierAvailability {
  id: string;
  code: string;
  name: string;
  priceCents: number;
  maxPerOrder: number;
  capacity: number;
  /** capacity − sold − held: seats anyone could book right now. */
  free: number;
}

const FIELDS = ['code', 'name', 'priceCents', 'maxPerOrder', 'capacity', 'sold', 'held'] as const;

const toAvailability = (t: Pick<TicketTier, 'id' | (typeof FIELDS)[number]>): TierAvailability => ({
  id: t.id,
  code: t.code,
  name: t.name,
  priceCents: t.priceCents,
  maxPerOrder: t.maxPerOrder,
  capacity: t.capacity,
  free: t.capacity - t.sold - t.held,
});

export async function findTierByCode(
  em: EntityManager,
  eventId: string,
  code: string,
): Promise<TierAvailability | null> {
  const tier = await em.findOne(TicketTier, { event: eventId, code }, { fields: FIELDS });
  return tier ? toAvailability(tier) : null;
}

/** Every tier of the event, dearest first (the order people see tiers in elsewhere). */
export async function listTiers(em: EntityManager, eventId: string): Promise<TierAvailability[]> {
  const tiers = await em.find(
    TicketTier,
    { event: eventId },
    { fields: FIELDS, orderBy: { priceCents: 'desc', code: 'asc' } },
  );
  return tiers.map(toAvailability);
}
