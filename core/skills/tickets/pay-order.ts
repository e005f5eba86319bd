import { translator } from '../../i18n/translate.js';
import { isUuid } from '../../is-uuid.js';
import { bookButtonIn, myTicketsButtonIn, ticketMessages } from '../../replies/ticket-replies.js';
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
  const t = translator(ctx.locale);
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
          t('payments.alreadyPaid'),
          ctx.locale,
        ),
      };
  }
  // With Stripe the demo payment never runs: only Stripe's webhook confirms a paid order.
  const result =
    ctx.payments.provider === 'stripe' || !isUuid(orderId)
      ? await notPayable(ctx, orderId)
      : await confirmPayment(ctx.em, { orderId, contactId: ctx.contact.id, now: ctx.now });
  if (result.ok) {
    const intro = t(result.alreadyPaid ? 'payments.alreadyPaid' : 'payments.demoPaid');
    return {
      replies: ticketMessages({ ...result.order, orderId: result.order.id }, ctx.links, intro, ctx.locale),
    };
  }
  if (result.reason === 'not_found') {
    return {
      replies: [
        { kind: 'buttons', text: t('payments.orderNotFound'), buttons: [myTicketsButtonIn(ctx.locale)] },
      ],
    };
  }
  const order = isUuid(orderId) ? await loadOrder(ctx.em, orderId) : null;
  const what = t(result.status === 'expired' ? 'payments.ranOut' : 'payments.wasCancelled', {
    reference: order?.reference ?? 'none',
  });
  return { replies: [{ kind: 'buttons', text: what, buttons: [bookButtonIn(ctx.locale)] }] };
};

async function notPayable(ctx: SkillContext, orderId: string | undefined) {
  const order = isUuid(orderId) ? await loadOrder(ctx.em, orderId) : null;
  return order?.contactId === ctx.contact.id
    ? ({ ok: false, reason: 'not_payable', status: order.status } as const)
    : ({ ok: false, reason: 'not_found' } as const);
}
