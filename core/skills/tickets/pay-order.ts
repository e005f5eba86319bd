import { isUuid } from '../../is-uuid.js';
import { bookButton, myTicketsButton, ticketMessages } from '../../replies/ticket-replies.js';
import type { Skill, SkillContext } from '../../router/skill.js';
import { confirmPayment } from '../../services/tickets/confirm-payment.js';
import { loadOrder } from '../../services/tickets/load-order.js';
import { reservedReplies } from './checkout-step.js';

/**
 * The "Pay now" button of a reservation (`act:pay-order:<orderId>`). With Stripe: the order's Checkout link
 * (the same session however often it is tapped). Without: the demo payment, recorded as a manual one and
 * labelled so; the order, seats and tickets change for real.
 */
export const payOrder: Skill<'links' | 'payments'> = async (ctx) => {
  const orderId = ctx.action?.arg;
  if (ctx.payments.provider === 'stripe' && isUuid(orderId)) {
    const order = await loadOrder(ctx.em, orderId);
    if (order?.contactId === ctx.contact.id && order.status === 'reserved')
      return reservedReplies(ctx, { ...order, orderId: order.id });
    if (order?.contactId === ctx.contact.id && order.status === 'confirmed')
      return {
        replies: ticketMessages(
          { ...order, orderId: order.id },
          ctx.links,
          'This order is already paid — here are your tickets again:',
        ),
      };
  }
  // With Stripe the demo payment never runs: only Stripe's webhook confirms a paid order.
  const result =
    ctx.payments.provider === 'stripe' || !isUuid(orderId)
      ? await notPayable(ctx, orderId)
      : await confirmPayment(ctx.em, { orderId, contactId: ctx.contact.id, now: ctx.now });
  if (result.ok) {
    const intro = result.alreadyPaid
      ? 'This order is already paid — here are your tickets again:'
      : "Payment recorded (demo mode: no card was charged). You're booked! 🎉";
    return {
      replies: ticketMessages({ ...result.order, orderId: result.order.id }, ctx.links, intro),
    };
  }
  if (result.reason === 'not_found') {
    return {
      replies: [
        { kind: 'buttons', text: "I couldn't find that order for your number.", buttons: [myTicketsButton] },
      ],
    };
  }
  const order = isUuid(orderId) ? await loadOrder(ctx.em, orderId) : null;
  const what =
    result.status === 'expired'
      ? `The reservation${order ? ` ${order.reference}` : ''} ran out before payment, so its seats went back on sale.`
      : `That booking${order ? ` (${order.reference})` : ''} was cancelled, so there's nothing to pay.`;
  return {
    replies: [{ kind: 'buttons', text: `${what} Would you like to book again?`, buttons: [bookButton] }],
  };
};

async function notPayable(ctx: SkillContext, orderId: string | undefined) {
  const order = isUuid(orderId) ? await loadOrder(ctx.em, orderId) : null;
  return order?.contactId === ctx.contact.id
    ? ({ ok: false, reason: 'not_payable', status: order.status } as const)
    : ({ ok: false, reason: 'not_found' } as const);
}
