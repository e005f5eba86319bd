import { translator } from '../../i18n/translate.js';
import { isUuid } from '../../is-uuid.js';
import type { OutboundMessage } from '../../messages.js';
import { refundAfterCancel, refundPreview } from '../../replies/payment-replies.js';
import { bookButtonIn, TICKET_ACTIONS } from '../../replies/ticket-replies.js';
import type { FollowUp, Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { cancelOrder } from '../../services/tickets/cancel-order.js';
import { listTickets } from '../../services/tickets/list-tickets.js';
import type { OrderSummary } from '../../services/tickets/load-order.js';
import { readRefundPolicy } from '../../services/tickets/read-refund-policy.js';
import { refundCents, refundShareAt } from '../../services/tickets/refund-policy.js';
import { referenceIn, unusableQuantity, withoutReferences } from './read-quantity.js';

interface CancelDraft {
  orderId: string;
  /** Absent: the whole order. */
  quantity?: number;
}

const text = (t: string): OutboundMessage => ({ kind: 'text', text: t });

/**
 * "Cancel my booking" / "cancel 1 ticket": which order (a list when there are several), how many (the whole
 * order unless a number is said), then Confirm / Cancel. Freed seats go to the waiting list (a follow-up job).
 * Also handles a tap on an order in the list (`act:cancel-order:<orderId>:<quantity|all>`).
 */
export const cancelBooking: Skill<'payments'> = async (ctx) => {
  const pending = ctx.state.pending?.intent === 'cancel_booking' ? ctx.state.pending : undefined;
  const draft = pending?.data as Partial<CancelDraft> | undefined;
  if (ctx.confirmation !== undefined && !ctx.action) return confirmCancel(ctx, draft);
  const t = translator(ctx.locale);

  const orders = await listTickets(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id });
  if (orders.length === 0) {
    return {
      replies: [{ kind: 'buttons', text: t('cancel.none'), buttons: [bookButtonIn(ctx.locale)] }],
    };
  }
  const chosen = chooseOrder(ctx, orders, draft);
  const quantity = chosen.quantity ?? quantityAsked(ctx);
  if (!chosen.order) {
    return {
      replies: [
        {
          kind: 'list',
          text: t('cancel.which'),
          buttonText: t('cancel.yourBookings'),
          items: orders.slice(0, 10).map((o) => ({
            id: `act:${TICKET_ACTIONS.cancel}:${o.id}:${quantity ?? 'all'}`,
            title: `${o.tierName} × ${o.tickets.length}`.slice(0, 24),
            description: `${o.reference} · ${t(o.status === 'reserved' ? 'cancel.awaitingPayment' : 'cancel.confirmed')}`,
          })),
        },
      ],
    };
  }
  const order = chosen.order;
  const seats = order.tickets.length;
  if (quantity !== undefined && (!Number.isInteger(quantity) || quantity < 1 || quantity > seats)) {
    return {
      replies: [text(t('cancel.howMany', { tier: order.tierName, reference: order.reference, seats }))],
      pending: {
        intent: 'cancel_booking',
        slots: {},
        awaiting: 'quantity',
        data: { orderId: order.id },
        askedAt: ctx.now.toISOString(),
      },
    };
  }
  const all = quantity === undefined || quantity === seats;
  const booking = { tier: order.tierName, reference: order.reference, seats };
  const question = all
    ? t('cancel.whole', booking)
    : t('cancel.some', { ...booking, quantity: quantity as number });
  // The refund is computed now, by the same policy cancelOrder applies, and shown before Confirm.
  const share =
    order.status === 'confirmed' && order.unitPriceCents > 0
      ? refundShareAt(await readRefundPolicy(ctx.em, order.id), ctx.now)
      : null;
  const refund = share
    ? refundPreview(
        share,
        refundCents(order.unitPriceCents * (quantity ?? seats), share.percent),
        order.currency,
        ctx.payments.provider,
        ctx.event.timezone,
        ctx.locale,
      ).trim()
    : null;
  const some = all && seats > 1 ? t('cancel.onlySome') : null;
  const next: CancelDraft = { orderId: order.id, ...(all ? {} : { quantity: quantity as number }) };
  return {
    replies: [
      {
        kind: 'buttons',
        text: [question, refund, some].filter(Boolean).join(' '),
        buttons: [
          { id: 'confirm', title: t('cancel.yes') },
          { id: 'deny', title: t('cancel.no') },
        ],
      },
    ],
    pending: {
      intent: 'cancel_booking',
      slots: {},
      awaiting: 'confirm',
      data: { ...next },
      askedAt: ctx.now.toISOString(),
    },
  };
};

async function confirmCancel(
  ctx: SkillContext<'payments'>,
  draft: Partial<CancelDraft> | undefined,
): Promise<SkillResult> {
  const t = translator(ctx.locale);
  if (!ctx.confirmation) return { replies: [text(t('cancel.kept'))] };
  if (!isUuid(draft?.orderId)) return { replies: [text(t('cancel.lostTrack'))] };
  const result = await cancelOrder(ctx.em, {
    orderId: draft.orderId,
    contactId: ctx.contact.id,
    requestedBy: `contact:${ctx.contact.id}`,
    ...(draft.quantity ? { quantity: draft.quantity } : {}),
    now: ctx.now,
  });
  if (!result.ok) {
    if (result.reason === 'checkout_open')
      return { replies: [text(t('cancel.checkoutOpen', { count: result.seats ?? 0 }))] };
    return { replies: [text(t('cancel.gone'))] };
  }
  const refund = refundAfterCancel(result.refund, ctx.locale).trim() || null;
  const followUps: FollowUp[] = [{ kind: 'offer-freed-seats', tierId: result.tierId }];
  if (result.refund?.status === 'pending')
    followUps.push({ kind: 'issue-refund', paymentId: result.refund.paymentId });
  // Nobody may pay for the released seats: the reservation's Checkout Session is closed at Stripe.
  if (result.releasedCheckout && ctx.payments.provider === 'stripe')
    followUps.push({ kind: 'expire-checkout', orderId: draft.orderId });
  const left = result.remaining > 0 ? t('cancel.left', { count: result.remaining }) : null;
  return {
    replies: [text([t('cancel.done', { count: result.cancelled }), refund, left].filter(Boolean).join(' '))],
    // After commit: the freed seats are offered to the tier's waiting list; a Stripe refund is issued.
    followUps,
    // The issue is closed by the bot alone: "Did we solve it?" follows (core/pipeline/steps/bot-csat.ts).
    endsIssue: true,
  };
}

function chooseOrder(
  ctx: SkillContext<'payments'>,
  orders: OrderSummary[],
  draft: Partial<CancelDraft> | undefined,
): { order?: OrderSummary; quantity?: number } {
  if (ctx.action?.name === TICKET_ACTIONS.cancel) {
    const [orderId, n] = ctx.action.arg.split(':');
    const order = orders.find((o) => o.id === orderId);
    const quantity = n && n !== 'all' ? Number(n) : undefined;
    return { ...(order ? { order } : {}), ...(quantity ? { quantity } : {}) };
  }
  if (draft?.orderId && ctx.understood.slots.quantity !== undefined) {
    const order = orders.find((o) => o.id === draft.orderId);
    if (order) return { order };
  }
  const ref = referenceIn(ctx.text);
  const byRef = ref && orders.find((o) => o.reference === ref || o.tickets.some((t) => t.reference === ref));
  if (byRef) return { order: byRef };
  return orders.length === 1 ? { order: orders[0]! } : {};
}

/**
 * The number of tickets to cancel, if said. The NLU reads the "26" of a reference like DS26-7KQ4-XM2P as a
 * quantity, so when a reference is present only digits outside it count.
 */
function quantityAsked(ctx: SkillContext): number | undefined {
  if (ctx.action) return undefined;
  const typed = unusableQuantity(ctx.text);
  if (typed !== null && (typed <= 0 || !Number.isInteger(typed))) return typed;
  if (!referenceIn(ctx.text)) return ctx.understood.slots.quantity ?? typed ?? undefined;
  const digits = /\b\d{1,2}\b/.exec(withoutReferences(ctx.text))?.[0];
  return digits ? Number(digits) : undefined;
}
