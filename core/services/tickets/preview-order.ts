import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRejection, type Rejection } from './booking-rules.js';
import { readBookingFacts } from './read-booking-facts.js';
import { recordAttempt } from './record-attempt.js';

export type PreviewResult =
  | {
      ok: true;
      tierId: string;
      tierName: string;
      unitPriceCents: number;
      totalCents: number;
      currency: string;
    }
  | ({ ok: false } & Rejection);

/**
 * The summary shown before "Confirm": the same booking rules as placeOrder plus a look at the seats left, so
 * an order that cannot succeed is refused now (and recorded as an attempt) instead of after a confirmation.
 * Only reads; placeOrder decides for real.
 */
export async function previewOrder(
  em: EntityManager,
  input: { eventId: string; tierCode: string; contactId: string; quantity: number; now: Date },
): Promise<PreviewResult> {
  const facts = await readBookingFacts(em, { ...input, idempotencyKey: null }, { lock: false });
  const rejection = firstRejection({
    ...input,
    tier: facts.tier,
    available: facts.tier?.available ?? 0,
    event: facts,
    alreadyHeld: facts.alreadyHeld,
  });
  if (rejection || !facts.tier) {
    const refused = rejection ?? {
      reason: 'unknown_tier' as const,
      message: "I couldn't find that ticket type.",
    };
    await recordAttempt(em, {
      eventId: input.eventId,
      tierId: facts.tier?.id ?? null,
      contactId: input.contactId,
      quantity: input.quantity,
      outcome: 'rejected',
      reason: refused.reason,
      orderId: null,
      now: input.now,
    });
    return { ok: false, ...refused };
  }
  return {
    ok: true,
    tierId: facts.tier.id,
    tierName: facts.tier.name,
    unitPriceCents: facts.tier.priceCents,
    totalCents: facts.tier.priceCents * input.quantity,
    currency: facts.currency,
  };
}
