import { translate, translator } from '../../i18n/translate.js';
import { refusalText, ticketMessages } from '../../replies/ticket-replies.js';
import type { FollowUp, Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { holdMinutesFor } from '../../services/payments/payment-mode.js';
import { type BookedOrder, claimOffer } from '../../services/waitlist/claim-offer.js';
import { reservedReplies } from '../tickets/checkout-step.js';

/** The Claim button of an offer (`act:claim-offer:<promotion id>`): books the held seats. */
export const claimOfferSkill: Skill<'links' | 'payments'> = async (ctx) => {
  const result = await claimOffer(ctx.em, {
    promotionId: ctx.action?.arg ?? '',
    contactId: ctx.contact.id,
    now: ctx.now,
    holdMinutes: holdMinutesFor(ctx.payments.provider),
  });
  const t = translator(ctx.locale);
  switch (result.outcome) {
    case 'booked':
      return bookedReplies(ctx, result.order);
    case 'already_claimed':
      return say(
        result.offer.orderReference
          ? t('waitlist.claim.alreadyRef', { reference: result.offer.orderReference })
          : t('waitlist.claim.already'),
      );
    case 'expired':
      return say(t('waitlist.claim.expired', { seats: result.offer.seats }), result.released?.tierId);
    case 'passed':
      return say(t('waitlist.claim.passed'));
    case 'refused':
      return say(
        t('waitlist.claim.refused', { reason: refusalText(result.rejection, result.offer.tierName, t) }),
        result.released?.tierId,
      );
    case 'not_yours':
      return say(t('waitlist.claim.notYours'));
    case 'not_found':
      return say(t('waitlist.claim.notFound'));
  }
};

function say(text: string, freedTierId?: string): SkillResult {
  const followUps: FollowUp[] = freedTierId ? [{ kind: 'offer-freed-seats', tierId: freedTierId }] : [];
  return { replies: [{ kind: 'text', text }], ...(followUps.length > 0 ? { followUps } : {}) };
}

/** Confirmed: the tickets with their QR codes. Reserved (a paid tier): what to pay, by when, and how. */
async function bookedReplies(
  ctx: SkillContext<'links' | 'payments'>,
  order: BookedOrder,
): Promise<SkillResult> {
  if (order.status === 'reserved') return reservedReplies(ctx, order);
  return {
    replies: ticketMessages(order, ctx.links, translate(ctx.locale, 'waitlist.claim.booked'), ctx.locale),
  };
}
