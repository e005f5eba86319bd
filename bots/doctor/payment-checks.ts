import { stripeProblems } from '../config.js';
import { type Check, fail, isProduction, ok } from './check.js';

/**
 * Stripe: all or nothing, and never the demo payment in production (paid tickets would be given away).
 * The key is not tried against Stripe here: a wrong one fails the first checkout job loudly.
 */
export const paymentsReady: Check = async (ctx) => {
  const title = 'Payments (Stripe)';
  const e = {
    STRIPE_SECRET_KEY: ctx.env.STRIPE_SECRET_KEY?.trim() || undefined,
    STRIPE_WEBHOOK_SECRET: ctx.env.STRIPE_WEBHOOK_SECRET?.trim() || undefined,
    NODE_ENV: ctx.env.NODE_ENV?.trim() || undefined,
  };
  const problems = stripeProblems(e, isProduction(ctx));
  if (problems.length > 0)
    return [
      fail(
        'payments.stripe',
        title,
        problems.join('; '),
        'Set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (the webhook endpoint’s whsec_…), or neither (README, “Payments”).',
      ),
    ];
  if (ctx.config.payments.provider === 'stripe')
    return [
      ok(
        'payments.stripe',
        title,
        `Stripe Checkout on (${/^(sk|rk)_live_/.test(ctx.config.payments.secretKey) ? 'live' : 'test'} key); webhook POST /webhooks/stripe`,
      ),
    ];
  if (isProduction(ctx))
    return [
      fail(
        'payments.stripe',
        title,
        'no Stripe settings: paid tickets are confirmed by the demo payment, which takes no money',
        'Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (README, “Payments”).',
      ),
    ];
  return [ok('payments.stripe', title, 'no Stripe settings: the labelled demo payment (fine locally)')];
};
