import { z } from 'zod';
import { expireCheckout } from '../core/payments/expire-checkout.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';
import type { PaymentJobDeps } from './payment-jobs.js';

/** Closes a released reservation's Checkout Session at Stripe (core/payments/expire-checkout.ts). */
export const expireCheckoutJob = defineJob({
  name: 'expire-checkout',
  queue: 'payments',
  payload: z.object({ orderId: z.uuid() }),
  options: ({ orderId }) => ({ jobId: `expire-checkout-${orderId}` }),
  process: (deps: PaymentJobDeps, { orderId }) => expireCheckout(deps, orderId),
});

export const enqueueExpireCheckout = (queues: Queues, orderId: string) =>
  expireCheckoutJob.enqueue(queues, { orderId });
