import type { PaymentFlowDeps } from '../core/payments/payment-flow-deps.js';
import type { PublicLinks } from '../core/ports/public-links.js';
import type { Queues } from './create-queues.js';

/** What the payment jobs need: the flows' dependencies, public links (ticket QR codes) and the queues. */
export interface PaymentJobDeps extends PaymentFlowDeps {
  links: PublicLinks;
  queues: Queues;
}
