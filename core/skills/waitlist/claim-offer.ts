import type { OutboundMessage } from '../../messages.js';
import type { FollowUp, Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { type BookedOrder, claimOffer } from '../../services/waitlist/claim-offer.js';
import { formatDeadline, formatMoney } from '../../services/waitlist/offer-message.js';
import { seatsOf } from './waitlist-replies.js';

/** The Claim button of an offer (`act:claim-offer:<promotion id>`): books the held seats. */
export const claimOfferSkill: Skill = async (ctx) => {
  const result = await claimOffer(ctx.em, {
    promotionId: ctx.action?.arg ?? '',
    contactId: ctx.contact.id,
    now: ctx.now,
  });
  switch (result.outcome) {
    case 'booked':
      return { replies: bookedReplies(ctx, result.order) };
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

/** Confirmed: the tickets with their QR codes. Reserved (a paid tier): what to pay and by when. */
function bookedReplies(ctx: SkillContext, order: BookedOrder): OutboundMessage[] {
  const n = order.tickets.length;
  const what = `${n} ${order.tierName} ticket${n === 1 ? '' : 's'} for ${ctx.event.name}`;
  if (order.status === 'reserved') {
    const until = order.reservedUntil
      ? ` until ${formatDeadline(order.reservedUntil, ctx.event.timezone)}`
      : '';
    return [
      {
        kind: 'text',
        text: `It's yours! ${what} are reserved${until} (booking ${order.reference}). Total: ${formatMoney(order.totalCents, order.currency)} — pay to confirm them; say "my tickets" any time to see the booking.`,
      },
    ];
  }
  return [
    {
      kind: 'text',
      text: `You're in! ${what} — booking ${order.reference}. Show the QR code${n === 1 ? '' : 's'} at the entrance:`,
    },
    ...order.tickets.map(
      (t): OutboundMessage => ({
        kind: 'image',
        url: ctx.links.ticketQrUrl(t.reference),
        caption: t.reference,
      }),
    ),
  ];
}
