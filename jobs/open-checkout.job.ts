import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { openCheckout } from '../core/payments/open-checkout.js';
import { PaymentRequestRefused } from '../core/ports/payment-gateway.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';
import { enqueueExpireCheckout } from './expire-checkout.job.js';
import type { PaymentJobDeps } from './payment-jobs.js';

/**
 * Opens a reserved order's Stripe Checkout Session and sends the link (core/payments/open-checkout.ts).
 * The job id dedupes a double tap while one run is queued; the idempotency key dedupes the rest at Stripe.
 */
export const openCheckoutJob = defineJob({
  name: 'open-checkout',
  queue: 'payments',
  payload: z.object({ orderId: z.uuid() }),
  options: ({ orderId }) => ({ jobId: `checkout-${orderId}` }),
  process: async (deps: PaymentJobDeps, { orderId }) => {
    try {
      const effects = await openCheckout(deps, orderId);
      await enqueueDeliveries(deps.queues, effects.outboxIds).catch(() => {});
      // The only follow-up a checkout leaves: closing a session opened for a reservation released meanwhile
      // (named here rather than through follow-ups.ts, which imports this file).
      for (const followUp of effects.followUps)
        if (followUp.kind === 'expire-checkout')
          await enqueueExpireCheckout(deps.queues, followUp.orderId).catch(() => {});
      return { sent: effects.outboxIds.length };
    } catch (error) {
      if (error instanceof PaymentRequestRefused) throw new UnrecoverableError(error.message);
      throw error;
    }
  },
});

export const enqueueOpenCheckout = (queues: Queues, orderId: string) =>
  openCheckoutJob.enqueue(queues, { orderId });
