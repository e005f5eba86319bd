import { kysely } from '../../db/kysely.js';
import { PaymentRequestRefused } from '../ports/payment-gateway.js';
import { refundCompletedMessage } from '../replies/payment-replies.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { recordIssuedRefund, settleRefunds } from '../services/payments/settle-refunds.js';
import { findReplyTarget } from '../services/waitlist/find-reply-target.js';
import type { FlowEffects, PaymentFlowDeps } from './payment-flow-deps.js';

/**
 * Issues a pending refund row through Stripe with the row's own idempotency key (a retried job refunds once),
 * stores Stripe's refund id, and settles it at once when Stripe answers with a final state (cards usually do);
 * otherwise `refund.updated` / `charge.refunded` settle it later. Stripe refusing it (already refunded, …)
 * marks it failed rather than retrying forever.
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
    await deps.em
      .fork()
      .transactional((tx) => settleRefunds(tx, { paymentId: row.id }, 'failed', deps.clock()));
    return { outboxIds: [], followUps: [] };
  }
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock();
    await recordIssuedRefund(tx, { paymentId: row.id, refundId: outcome.id, now });
    if (outcome.status === 'pending') return { outboxIds: [], followUps: [] };
    const settled = await settleRefunds(tx, { paymentId: row.id }, outcome.status, now);
    const outboxIds: string[] = [];
    for (const refund of settled.filter((r) => r.status === 'succeeded')) {
      outboxIds.push(
        ...(await enqueueReplies(
          tx,
          await findReplyTarget(tx, refund.contactId, refund.eventId),
          [refundCompletedMessage(refund)],
          { intent: 'cancel_booking' },
        )),
      );
    }
    return { outboxIds, followUps: [] };
  });
}
