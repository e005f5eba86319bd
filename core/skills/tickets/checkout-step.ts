import type { OutboundMessage } from '../../messages.js';
import { checkoutLinkMessage, reservedForCheckoutMessage } from '../../replies/payment-replies.js';
import { type OrderView, reservedMessage } from '../../replies/ticket-replies.js';
import type { FollowUp, SkillContext } from '../../router/skill.js';
import { prepareCheckout } from '../../services/payments/prepare-checkout.js';

/**
 * What a reserved (paid) order says next. Demo: "Pay now" (the demo payment). Stripe: the order's charge row
 * is prepared in this transaction and the Checkout Session opened after commit by the `open-checkout` job,
 * which sends the link; if a session already exists (a double tap on Pay, "my tickets"), its link is resent
 * as it is — one session per order.
 */
export async function reservedReplies(
  ctx: SkillContext<'payments'>,
  order: OrderView,
): Promise<{ replies: OutboundMessage[]; followUps: FollowUp[] }> {
  if (ctx.payments.provider === 'demo')
    return { replies: [reservedMessage(order, ctx.event.timezone, ctx.locale)], followUps: [] };
  const prepared = await prepareCheckout(ctx.em, { orderId: order.orderId, now: ctx.now });
  switch (prepared.kind) {
    case 'open':
      return {
        replies: [
          checkoutLinkMessage(order, prepared.url, prepared.expiresAt, ctx.event.timezone, ctx.locale),
        ],
        followUps: [],
      };
    case 'request':
      return {
        replies: [
          reservedForCheckoutMessage(
            { ...order, reservedUntil: prepared.request.expiresAt },
            ctx.event.timezone,
            ctx.locale,
          ),
        ],
        followUps: [{ kind: 'open-checkout', orderId: order.orderId }],
      };
    case 'not_payable':
      return { replies: [reservedMessage(order, ctx.event.timezone, ctx.locale)], followUps: [] };
  }
}
