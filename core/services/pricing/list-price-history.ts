import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export interface PriceHistoryRow {
  tierCode: string;
  tierName: string;
  oldPriceCents: number;
  newPriceCents: number;
  reason: string | null;
  appliedBy: string;
  appliedAt: Date;
  currency: string;
}

/** An event's price changes, newest first (one tier's when `tierId` is given). */
export async function listPriceHistory(
  em: EntityManager,
  input: { eventId: string; tierId?: string; limit?: number },
): Promise<PriceHistoryRow[]> {
  const rows = await kysely(em)
    .selectFrom('PricingHistory as h')
    .innerJoin('TicketTier as t', 't.id', 'h.tier')
    .innerJoin('Event as e', 'e.id', 'h.eventId')
    .select([
      't.code as tierCode',
      't.name as tierName',
      'h.oldPriceCents',
      'h.newPriceCents',
      'h.reason',
      'h.appliedBy',
      'h.appliedAt',
      'e.currency',
    ])
    .where('h.eventId', '=', input.eventId)
    .$if(input.tierId !== undefined, (q) => q.where('h.tier', '=', input.tierId!))
    .orderBy('h.appliedAt', 'desc')
    .limit(input.limit ?? 20)
    .execute();
  return rows.map((r) => ({ ...r, reason: r.reason ?? null, appliedAt: new Date(r.appliedAt) }));
}
