import { findStrandedPayments } from '../core/services/payments/find-stranded-payments.js';
import { defineJob, noPayload } from './define-job.js';
import { enqueueIssueRefund } from './issue-refund.job.js';
import { enqueueOpenCheckout } from './open-checkout.job.js';
import { enqueuePaymentEvent } from './payment-event.job.js';
import type { PaymentJobDeps } from './payment-jobs.js';

export const PAYMENTS_SWEEP_EVERY_MS = 10_000;

/**
 * Re-queues payment work whose job Redis lost (stored webhook events, checkout links, refunds). Job ids
 * dedupe against live jobs; Postgres guards make a second run change nothing.
 */
export const paymentsSweepJob = defineJob({
  name: 'payments-sweep',
  queue: 'payments',
  payload: noPayload,
  options: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  repeat: { schedulerId: 'sweep-payments', every: PAYMENTS_SWEEP_EVERY_MS },
  process: async (deps: PaymentJobDeps) => {
    const stranded = await findStrandedPayments(deps.em.fork(), {
      now: deps.clock(),
      olderThanSeconds: 10,
      limit: 200,
    });
    for (const id of stranded.eventIds) await enqueuePaymentEvent(deps.queues, id);
    for (const id of stranded.checkoutOrderIds) await enqueueOpenCheckout(deps.queues, id);
    for (const id of stranded.refundIds) await enqueueIssueRefund(deps.queues, id);
    return {
      events: stranded.eventIds.length,
      checkouts: stranded.checkoutOrderIds.length,
      refunds: stranded.refundIds.length,
    };
  },
});
