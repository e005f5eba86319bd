import { translator } from '../../i18n/translate.js';
import type { OutboundMessage } from '../../messages.js';
import { priceChangedMessage } from '../../replies/payment-replies.js';
import {
  bookButtonIn,
  myTicketsButtonIn,
  orderSummary,
  refusalText,
  soldOutMessage,
  TICKET_ACTIONS,
  ticketMessages,
  tierChoice,
} from '../../replies/ticket-replies.js';
import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { holdMinutesFor } from '../../services/payments/payment-mode.js';
import type { Rejection } from '../../services/tickets/booking-rules.js';
import { listTiers, type TierOnSale } from '../../services/tickets/list-tiers.js';
import { placeOrder } from '../../services/tickets/place-order.js';
import { previewOrder } from '../../services/tickets/preview-order.js';
import { recordAttempt } from '../../services/tickets/record-attempt.js';
import { reservedReplies } from './checkout-step.js';
import { unusableQuantity } from './read-quantity.js';

interface OrderDraft {
  tierCode: string;
  quantity: number;
  /** The unit price the summary showed: a different price at Confirm shows the new total and asks again. */
  unitPriceCents?: number;
}

const text = (t: string): OutboundMessage => ({ kind: 'text', text: t });

/**
 * "2 VIP tickets": asks for what is missing (which tier? how many?) instead of guessing, shows tier, quantity,
 * unit price and total with Confirm / Cancel, and books on confirm. Also handles a tap on a tier in the list
 * (`act:book-tier:<code>`).
 */
export const bookTickets: Skill<'links' | 'payments'> = async (ctx) => {
  if (ctx.confirmation !== undefined && !ctx.action) return confirmBooking(ctx);
  const t = translator(ctx.locale);
  const { salesOpen, endsAt, tiers } = await listTiers(ctx.em, ctx.event.id);
  if (ctx.now >= endsAt || !salesOpen) {
    const reason = ctx.now >= endsAt ? 'event_over' : 'sales_closed';
    await attempt(ctx, reason, null, ctx.understood.slots.quantity ?? null);
    return {
      replies: [
        text(
          t(reason === 'event_over' ? 'tickets.eventOver' : 'tickets.salesClosed', { event: ctx.event.name }),
        ),
      ],
    };
  }

  const pendingSlots = ctx.state.pending?.intent === 'book_tickets' ? ctx.state.pending.slots : {};
  const slots =
    ctx.action?.name === TICKET_ACTIONS.chooseTier
      ? { ...pendingSlots, tier: ctx.action.arg }
      : ctx.understood.slots;
  const tier = tiers.find((t) => t.code === slots.tier);
  // The NLU reads "-2" as 2 and drops "0" or "2.5": check what was typed (not for taps or numbered picks).
  // The NLU keeps an odd count as said ("½" → 0.5, "1e9"), so it is refused here, never rounded.
  const typed = ctx.action ? null : (unusableQuantity(ctx.text) ?? oddCount(slots.quantity));
  if (typed !== null && (typed <= 0 || !Number.isInteger(typed))) {
    await attempt(ctx, 'invalid_quantity', tier?.id ?? null, typed);
    return askQuantity(ctx, tier, t('tickets.notWhole', { typed: String(typed) }));
  }
  const quantity = slots.quantity ?? typed ?? undefined;
  const most = Math.max(0, ...tiers.map((t) => t.maxPerOrder));
  if (!tier && quantity !== undefined && quantity > most) {
    await attempt(ctx, 'max_per_order', null, quantity);
    return askQuantity(ctx, undefined, t('tickets.atMost', { most, quantity: String(quantity) }), most);
  }
  if (!tier) {
    return {
      replies: [tierChoice(tiers, quantity, ctx.locale)],
      pending: pendingFor(ctx, quantity === undefined ? {} : { quantity }, 'tier'),
    };
  }
  if (quantity === undefined) return askQuantity(ctx, tier);

  const preview = await previewOrder(ctx.em, {
    eventId: ctx.event.id,
    tierCode: tier.code,
    contactId: ctx.contact.id,
    quantity,
    now: ctx.now,
  });
  if (!preview.ok) return refusal(ctx, preview, tier, quantity);
  return summaryOf(ctx, tier.code, quantity, preview);
};

/** The summary with Confirm / Cancel, remembering the price it showed. */
function summaryOf(
  ctx: SkillContext<'payments'>,
  tierCode: string,
  quantity: number,
  preview: { tierName: string; unitPriceCents: number; totalCents: number; currency: string },
  changedFrom?: number,
): SkillResult {
  const draft: OrderDraft = { tierCode, quantity, unitPriceCents: preview.unitPriceCents };
  const summary = orderSummary(
    { ...preview, quantity, holdMinutes: holdMinutesFor(ctx.payments.provider) },
    ctx.locale,
  );
  return {
    replies:
      changedFrom === undefined
        ? [summary]
        : [
            priceChangedMessage(
              preview.tierName,
              changedFrom,
              preview.unitPriceCents,
              preview.currency,
              ctx.locale,
            ),
            summary,
          ],
    pending: { ...pendingFor(ctx, { tier: tierCode, quantity }, 'confirm'), data: { ...draft } },
  };
}

/**
 * The price changed between the summary and Confirm: nothing is booked; the new total is shown and asked
 * again. Checked here for the usual case and again by placeOrder against the price it books at.
 */
async function repriced(ctx: SkillContext<'payments'>, draft: OrderDraft): Promise<SkillResult | null> {
  if (draft.unitPriceCents === undefined) return null;
  const preview = await previewOrder(ctx.em, {
    eventId: ctx.event.id,
    tierCode: draft.tierCode,
    contactId: ctx.contact.id,
    quantity: draft.quantity,
    now: ctx.now,
  });
  if (!preview.ok || preview.unitPriceCents === draft.unitPriceCents) return null;
  return summaryOf(ctx, draft.tierCode, draft.quantity, preview, draft.unitPriceCents);
}

async function confirmBooking(ctx: SkillContext<'links' | 'payments'>): Promise<SkillResult> {
  const t = translator(ctx.locale);
  if (!ctx.confirmation) return { replies: [text(t('tickets.notBooked'))] };
  const draft = ctx.state.pending?.data as Partial<OrderDraft> | undefined;
  if (!draft?.tierCode || !draft.quantity) {
    return {
      replies: [
        {
          kind: 'buttons',
          text: t('tickets.lostOrder'),
          buttons: [bookButtonIn(ctx.locale)],
        },
      ],
    };
  }
  const changed = await repriced(ctx, { ...draft, tierCode: draft.tierCode, quantity: draft.quantity });
  if (changed) return changed;
  const result = await placeOrder(ctx.em, {
    eventId: ctx.event.id,
    tierCode: draft.tierCode,
    contactId: ctx.contact.id,
    quantity: draft.quantity,
    ...(draft.unitPriceCents === undefined ? {} : { expectedUnitPriceCents: draft.unitPriceCents }),
    // The confirming message's provider id: a redelivered confirmation finds this order instead of a new one.
    idempotencyKey: ctx.inbound.providerMessageId,
    seatsFrom: 'capacity',
    holdMinutes: holdMinutesFor(ctx.payments.provider),
    now: ctx.now,
  });
  if (!result.ok && result.reason === 'price_changed') {
    const again = await repriced(ctx, { ...draft, tierCode: draft.tierCode, quantity: draft.quantity });
    if (again) return again;
  }
  if (!result.ok) {
    const { tiers } = await listTiers(ctx.em, ctx.event.id);
    return refusal(
      ctx,
      result,
      tiers.find((t) => t.code === draft.tierCode),
      draft.quantity,
    );
  }
  if (result.status === 'reserved') return reservedReplies(ctx, result);
  return {
    replies: ticketMessages(
      result,
      ctx.links,
      t(result.duplicate ? 'tickets.bookedAgain' : 'tickets.booked'),
      ctx.locale,
    ),
  };
}

function refusal(
  ctx: SkillContext,
  r: Rejection,
  tier: TierOnSale | undefined,
  quantity: number,
): SkillResult {
  const t = translator(ctx.locale);
  const why = refusalText(r, tier?.name, t);
  switch (r.reason) {
    case 'sold_out':
      if (tier && (r.available ?? 0) > 0) {
        return askQuantity(ctx, tier, t('tickets.sorry', { reason: why }), r.available);
      }
      return { replies: [soldOutMessage(tier ?? { code: '' }, quantity, why, ctx.locale)] };
    case 'max_per_order':
    case 'invalid_quantity':
      return askQuantity(ctx, tier, why);
    case 'per_person_cap':
      return (r.available ?? 0) > 0
        ? askQuantity(ctx, tier, why, r.available)
        : { replies: [{ kind: 'buttons', text: why, buttons: [myTicketsButtonIn(ctx.locale)] }] };
    case 'unknown_tier':
    case 'event_over':
    case 'sales_closed':
    case 'price_changed':
      return { replies: [text(why)] };
  }
}

function askQuantity(
  ctx: SkillContext,
  tier: TierOnSale | undefined,
  why?: string,
  most?: number,
): SkillResult {
  const limit = Math.min(tier?.maxPerOrder ?? Number.POSITIVE_INFINITY, most ?? Number.POSITIVE_INFINITY);
  const t = translator(ctx.locale);
  const question = Number.isFinite(limit)
    ? tier
      ? t('tickets.askHowManyTierUpTo', { tier: tier.name, limit })
      : t('tickets.askHowManyUpTo', { limit })
    : tier
      ? t('tickets.askHowManyTier', { tier: tier.name })
      : t('tickets.askHowMany');
  return {
    replies: [text(why ? `${why} ${question}` : question)],
    // No buttons: a typed number then reaches the NLU as a quantity instead of picking a menu row.
    pending: pendingFor(ctx, tier ? { tier: tier.code } : {}, 'quantity'),
  };
}

function pendingFor(
  ctx: SkillContext,
  slots: SkillContext['understood']['slots'],
  awaiting: 'confirm' | 'tier' | 'quantity',
): NonNullable<SkillResult['pending']> {
  return { intent: 'book_tickets', slots, awaiting, askedAt: ctx.now.toISOString() };
}

const oddCount = (quantity: number | undefined): number | null =>
  quantity !== undefined && (!Number.isInteger(quantity) || quantity <= 0) ? quantity : null;

const attempt = (ctx: SkillContext, reason: string, tierId: string | null, quantity: number | null) =>
  recordAttempt(ctx.em, {
    eventId: ctx.event.id,
    tierId,
    contactId: ctx.contact.id,
    quantity,
    outcome: 'rejected',
    reason,
    orderId: null,
    now: ctx.now,
  });
