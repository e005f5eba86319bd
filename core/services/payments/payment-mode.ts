import { RESERVATION_MINUTES } from '../tickets/place-order.js';

/** How paid orders are paid: Stripe Checkout, or the labelled demo payment that charges nothing. */
export type PaymentProvider = 'stripe' | 'demo';

/**
 * Stripe Checkout Sessions expire 30 minutes to 24 hours after they are created
 * (https://docs.stripe.com/api/checkout/sessions/create#create_checkout_session-expires_at), so a Stripe
 * reservation cannot hold for the demo's 15 minutes: it holds 35, which leaves the link job 5 minutes before
 * the session would have to outlast the hold. If the job runs later than that, the hold is extended to the
 * session's expiry (and the attendee is told the new time) rather than selling seats still being paid for.
 */
export const STRIPE_HOLD_MINUTES = 35;
/** Stripe's minimum, plus a minute for clock skew between us and Stripe. */
export const STRIPE_MIN_SESSION_MINUTES = 31;

export const holdMinutesFor = (provider: PaymentProvider): number =>
  provider === 'stripe' ? STRIPE_HOLD_MINUTES : RESERVATION_MINUTES;
