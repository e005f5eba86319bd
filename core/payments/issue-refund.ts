import { kysely } from '../../db/kysely.js';
import { PaymentRequestRefused } from '../ports/payment-gateway.js';
import { recordIssuedRefund, settleRefunds } from '../services/payments/settle-refunds.js';
import type { FlowEffects, PaymentFlowDeps } from './payment-flow-deps.js';
import { tellSettledRefunds } from './tell-refunds.js';

/**
 * Issues a pending refund row through Stripe with the row's own idempotency key (a retried job refunds once),
 * stores Stripe's refund id, and settles it at once when Stripe answers with a final state (cards usually do);
 * otherwise `refund.updated` / `charge.refunded` settle it later. Stripe refusing it (already refunded, a card
 * that cannot take it back, …) marks it failed rather than retrying forever, and the organizers and the
 * attendee are told (tell-refunds.ts).
 */
export async function issueRefund(deps: PaymentFlowDeps, paymentId: string): Promise<FlowEffects> {
  const row = await kysely(deps.em.fork())
    .selectFrom('Payment')
    .select(['id', 'order', 'amountCents', 'paymentIntentId', 'idempotencyKey', 'externalId', 'status'])
    .where('id', '=', paymentId)
    .where('kind', '=', 'refund')
    .where('provider', '=', 'stripe')
    .executeTakeFirst();
  if (row?.status !== 'pending' || row.externalId || !row.paymentIntentId || !row.idempotencyKey)
    return { outboxIds: [], followUps: [] };
  let outcome: Awaited<ReturnType<PaymentFlowDeps['gateway']['refund']>>;
  try {
    outcome = await deps.gateway.refund({
      orderId: row.order,
      paymentIntentId: row.paymentIntentId,
      amountCents: row.amountCents,
      idempotencyKey: row.idempotencyKey,
    });
  } catch (error) {
    if (!(error instanceof PaymentRequestRefused)) throw error;
    return deps.em.fork().transactional(async (tx) => {
      const now = deps.clock();
      const failed = await settleRefunds(tx, { paymentId: row.id }, 'failed', now);
      return { outboxIds: await tellSettledRefunds(tx, failed, now, 'cancel_booking'), followUps: [] };
    });
  }
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock();
    await recordIssuedRefund(tx, { paymentId: row.id, refundId: outcome.id, now });
    if (outcome.status === 'pending') return { outboxIds: [], followUps: [] };
    const settled = await settleRefunds(tx, { paymentId: row.id }, outcome.status, now);
    return { outboxIds: await tellSettledRefunds(tx, settled, now, 'cancel_booking'), followUps: [] };
  });
}
