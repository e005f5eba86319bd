import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PaymentEventFacts } from '../../../db/entities/payment-event.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { PaymentWebhookEvent } from '../../ports/payment-gateway.js';

/**
 * Stores a verified webhook event once: the unique (provider, event id) makes a retried delivery — Stripe
 * retries for days until it gets a 2xx — a duplicate that is acknowledged and never applied twice.
 */
export async function storePaymentEvent(
  em: EntityManager,
  provider: string,
  event: Exclude<PaymentWebhookEvent, { kind: 'ignored' }>,
  now: Date,
): Promise<{ id: string; duplicate: boolean }> {
  const id = randomUUID();
  const { kind, id: externalId, occurredAt, ...facts } = event;
  const inserted = await kysely(em)
    .insertInto('PaymentEvent')
    .values({
      id,
      provider,
      externalId,
      type: kind,
      facts: toFacts(facts),
      occurredAt,
      receivedAt: now,
    })
    .onConflict((oc) => oc.columns(['provider', 'externalId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id, duplicate: false };
  const existing = await kysely(em)
    .selectFrom('PaymentEvent')
    .select('id')
    .where('provider', '=', provider)
    .where('externalId', '=', externalId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: true };
}

function toFacts(facts: Record<string, unknown>): PaymentEventFacts {
  const out: PaymentEventFacts = {};
  const pick = <K extends keyof PaymentEventFacts>(key: K, from: string) => {
    const value = facts[from];
    if (value !== undefined) out[key] = value as PaymentEventFacts[K];
  };
  pick('sessionId', 'sessionId');
  pick('orderId', 'orderId');
  pick('paymentIntentId', 'paymentIntentId');
  pick('refundId', 'refundId');
  pick('refundStatus', 'status');
  pick('amountCents', 'amountCents');
  pick('amountCents', 'amountRefundedCents');
  pick('currency', 'currency');
  pick('paymentStatus', 'paymentStatus');
  pick('receiptUrl', 'receiptUrl');
  return out;
}
