import { z } from 'zod';
import { issueRefund } from '../core/payments/issue-refund.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import type { PaymentJobDeps } from './payment-jobs.js';

/** Sends a pending refund row to Stripe, once (core/payments/issue-refund.ts). */
export const issueRefundJob = defineJob({
  name: 'issue-refund',
  queue: 'payments',
  payload: z.object({ paymentId: z.uuid() }),
  options: ({ paymentId }) => ({ jobId: `refund-${paymentId}` }),
  process: async (deps: PaymentJobDeps, { paymentId }) => {
    const effects = await issueRefund(deps, paymentId);
    await enqueueDeliveries(deps.queues, effects.outboxIds).catch(() => {});
    return { sent: effects.outboxIds.length };
  },
});

export const enqueueIssueRefund = (queues: Queues, paymentId: string) =>
  issueRefundJob.enqueue(queues, { paymentId });
