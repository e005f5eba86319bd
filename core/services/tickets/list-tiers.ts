import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';

export interface TierOnSale {
  id: string;
  code: string;
  name: string;
  priceCents: number;
  currency: string;
  maxPerOrder: number;
  /** Seats neither sold nor held (by reservations or waitlist offers). */
  available: number;
  requires: string | null;
  /** What the tier includes beyond entry ("speaker dinner"), as the organizer wrote it. */
  benefits: string[];
}

/** An event's tiers, dearest first, with what is left; and whether the event is selling at all. */
export async function listTiers(
  em: EntityManager,
  eventId: string,
): Promise<{ salesOpen: boolean; endsAt: Date; tiers: TierOnSale[] }> {
  const rows = await kysely(em)
    .selectFrom('Event as e')
    .innerJoin('TicketTier as t', 't.event', 'e.id')
    .select([
      't.id',
      't.code',
      't.name',
      't.priceCents',
      'e.currency',
      't.maxPerOrder',
      't.requires',
      't.benefits',
      'e.salesOpen',
      'e.endsAt',
      sql<number>`greatest(t.capacity - t.sold - t.held, 0)`.as('available'),
    ])
    .where('e.id', '=', eventId)
    .orderBy('t.priceCents', 'desc')
    .orderBy('t.name')
    .execute();
  const first = rows[0];
  return {
    salesOpen: first?.salesOpen ?? false,
    endsAt: first?.endsAt ?? new Date(0),
    tiers: rows.map(({ salesOpen: _open, endsAt: _ends, ...tier }) => ({
      ...tier,
      requires: tier.requires ?? null,
      benefits: tier.benefits ?? [],
    })),
  };
}
