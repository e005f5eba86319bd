import { isUuid } from '../../is-uuid.js';
import { bookButton, myTicketsButton, ticketMessages } from '../../replies/ticket-replies.js';
import type { Skill } from '../../router/skill.js';
import { confirmPayment } from '../../services/tickets/confirm-payment.js';
import { loadOrder } from '../../services/tickets/load-order.js';

/**
 * The "Pay now" button of a reservation (`act:pay-order:<orderId>`). Real card capture is out of scope: the
 * payment is recorded as a manual one and the reply says so; the order, seats and tickets change for real.
 */
export const payOrder: Skill<'links'> = async (ctx) => {
  const orderId = ctx.action?.arg;
  const result = isUuid(orderId)
    ? await confirmPayment(ctx.em, { orderId, contactId: ctx.contact.id, now: ctx.now })
    : ({ ok: false, reason: 'not_found' } as const);
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
