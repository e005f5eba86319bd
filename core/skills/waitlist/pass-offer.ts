import type { Skill } from '../../router/skill.js';
import { passOffer } from '../../services/waitlist/pass-offer.js';
import { seatsOf } from './waitlist-replies.js';

/**
 * The Pass button of an offer (`act:pass-offer:<promotion id>`): the held seats go to the next person at
 * once (a follow-up job), and the person leaves that waiting list — passing means "not for me".
 */
export const passOfferSkill: Skill = async (ctx) => {
  const result = await passOffer(ctx.em, {
    promotionId: ctx.action?.arg ?? '',
    contactId: ctx.contact.id,
    now: ctx.now,
  });
  switch (result.outcome) {
    case 'passed':
      return {
        replies: [
          {
            kind: 'buttons',
            text: `No problem — I've passed the ${seatsOf(result.released.seats)} to the next person in line and taken you off the ${result.offer.tierName} waiting list. You can join again any time.`,
            buttons: [
              {
                id: `act:join-waitlist:${result.offer.tierCode}:${result.released.seats}`,
                title: 'Join again',
              },
            ],
          },
        ],
        followUps: [{ kind: 'offer-freed-seats', tierId: result.released.tierId }],
      };
    case 'already_closed': {
      const { status } = result.offer;
      const why =
        status === 'claimed'
          ? 'you already claimed it'
          : status === 'passed'
            ? 'you already passed on it'
            : status === 'expired'
              ? 'it has expired'
              : 'it changed meanwhile';
      return { replies: [{ kind: 'text', text: `This offer is closed — ${why}.` }] };
    }
    case 'not_yours':
      return { replies: [{ kind: 'text', text: "This offer isn't yours — it was made to someone else." }] };
    case 'not_found':
      return { replies: [{ kind: 'text', text: "I can't find that offer any more." }] };
  }
};
