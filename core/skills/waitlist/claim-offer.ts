import { ticketMessages } from '../../replies/ticket-replies.js';
import type { FollowUp, Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { holdMinutesFor } from '../../services/payments/payment-mode.js';
import { type BookedOrder, claimOffer } from '../../services/waitlist/claim-offer.js';
import { reservedReplies } from '../tickets/checkout-step.js';
import { seatsOf } from './waitlist-replies.js';

/** The Claim button of an offer (`act:claim-offer:<promotion id>`): books the held seats. */
export const claimOfferSkill: Skill<'links' | 'payments'> = async (ctx) => {
  const result = await claimOffer(ctx.em, {
    promotionId: ctx.action?.arg ?? '',
    contactId: ctx.contact.id,
    now: ctx.now,
    holdMinutes: holdMinutesFor(ctx.payments.provider),
  });
  switch (result.outcome) {
    case 'booked':
      return bookedReplies(ctx, result.order);
    case 'already_claimed':
      return say(
        `You already claimed this offer${result.offer.orderReference ? ` — your booking is ${result.offer.orderReference}` : ''}. Say "my tickets" to see your tickets.`,
      );
    case 'expired':
      return say(
        `Sorry, this offer has expired, so the ${seatsOf(result.offer.seats)} went to the next person in line.`,
        result.released?.tierId,
      );
    case 'passed':
      return say('You passed on this offer, so the seats went to the next person in line.');
    case 'refused':
      return say(
        `I couldn't book these seats: ${result.message} I've passed them to the next person in line.`,
        result.released?.tierId,
      );
    case 'not_yours':
      return say("This offer isn't yours — it was made to someone else, so I can't claim it for you.");
    case 'not_found':
      return say(
        'I can\'t find that offer any more. Say "where am I on the waiting list" to check your place.',
      );
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
    replies: ticketMessages(order, ctx.links, "You're in! 🎉 The seats from the waiting list are yours."),
  };
}
