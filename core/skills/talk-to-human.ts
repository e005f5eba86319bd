import { translate } from '../i18n/translate.js';
import type { Skill } from '../router/skill.js';
import { markFaqMissesHandedOff } from '../services/faq-gaps/record-faq-miss.js';
import { requestHandoff } from '../services/handoffs/request-handoff.js';

export const talkToHuman: Skill = async (ctx) => {
  if (ctx.confirmation === false) {
    return { replies: [{ kind: 'text', text: translate(ctx.locale, 'human.declined') }] };
  }
  const reason = ctx.confirmation === true ? 'offered_after_misunderstanding' : 'asked';
  const { created, handoffId } = await requestHandoff(ctx.em, ctx.conversationId, reason);
  // Questions the FAQ library could not answer just now went to the team: `/eventos faq gaps` counts them.
  if (created) {
    await markFaqMissesHandedOff(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id, now: ctx.now });
  }
  const text = translate(ctx.locale, created ? 'human.asked' : 'human.alreadyQueued');
  return {
    replies: [{ kind: 'text', text }],
    ...(handoffId ? { followUps: [{ kind: 'handoff-opened' as const, handoffId }] } : {}),
  };
};
