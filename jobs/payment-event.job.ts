import { z } from 'zod';
import { handlePaymentEvent } from '../core/payments/handle-payment-event.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import { dispatchFollowUps } from './follow-ups.js';
import type { PaymentJobDeps } from './payment-jobs.js';

/**
 * Applies one stored Stripe webhook event (core/payments/handle-payment-event.ts), then delivers what it
 * told the attendee and queues its follow-ups (freed seats to the waiting list, a late payment's refund).
 */
export const paymentEventJob = defineJob({
  name: 'payment-event',
  queue: 'payments',
  payload: z.object({ eventRowId: z.uuid() }),
  options: ({ eventRowId }) => ({ jobId: `payment-event-${eventRowId}` }),
  process: async (deps: PaymentJobDeps, { eventRowId }) => {
    const effects = await handlePaymentEvent(deps, eventRowId);
    await enqueueDeliveries(deps.queues, effects.outboxIds).catch(() => {});
    await dispatchFollowUps(deps.queues, effects.followUps).catch(() => {});
    return { sent: effects.outboxIds.length, followUps: effects.followUps.length };
  },
});

export const enqueuePaymentEvent = (queues: Queues, eventRowId: string) =>
  paymentEventJob.enqueue(queues, { eventRowId });
