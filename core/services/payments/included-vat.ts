import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

/** The VAT inside a VAT-inclusive total (EU prices): the rate in basis points and the tax in cents. */
export interface IncludedVat {
  basisPoints: number;
  cents: number;
}

/**
 * VAT contained in `totalCents` at `basisPoints` (2300 = 23 %): total × rate / (100 % + rate), rounded to the
 * cent, as a VAT-inclusive price is split on an invoice.
 */
export const vatInside = (totalCents: number, basisPoints: number): number =>
  Math.round((totalCents * basisPoints) / (10_000 + basisPoints));

/** The tax line of an order of the event, or null when the event sets no VAT rate (or the total is free). */
export async function includedVat(
  em: EntityManager,
  eventId: string,
  totalCents: number,
): Promise<IncludedVat | null> {
  const row = await kysely(em)
    .selectFrom('Event')
    .select('vatBasisPoints')
    .where('id', '=', eventId)
    .executeTakeFirst();
  const basisPoints = row?.vatBasisPoints;
  if (basisPoints === null || basisPoints === undefined || totalCents <= 0) return null;
  return { basisPoints, cents: vatInside(totalCents, basisPoints) };
}
