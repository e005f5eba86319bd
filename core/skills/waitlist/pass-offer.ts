import { translator } from '../../i18n/translate.js';
import type { Skill } from '../../router/skill.js';
import { passOffer } from '../../services/waitlist/pass-offer.js';

/**
 * The Pass button of an offer (`act:pass-offer:<promotion id>`): the held seats go to the next person at
 * once (a follow-up job), and the person leaves that waiting list — passing means "not for me".
 */
export const passOfferSkill: Skill = async (ctx) => {
  const t = translator(ctx.locale);
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
            text: t('waitlist.pass.done', { seats: result.released.seats, tier: result.offer.tierName }),
            buttons: [
              {
                id: `act:join-waitlist:${result.offer.tierCode}:${result.released.seats}`,
                title: t('offer.joinAgain'),
              },
            ],
          },
        ],
        followUps: [{ kind: 'offer-freed-seats', tierId: result.released.tierId }],
      };
    case 'already_closed':
      return { replies: [{ kind: 'text', text: t('waitlist.pass.closed', { why: result.offer.status }) }] };
    case 'not_yours':
      return { replies: [{ kind: 'text', text: t('waitlist.pass.notYours') }] };
    case 'not_found':
      return { replies: [{ kind: 'text', text: t('waitlist.pass.notFound') }] };
  }
};
