/** What the Stripe webhook route (bots/) enqueues on the payments queue; each job lives in its own file. */
export { enqueuePaymentEvent } from './payment-event.job.js';
