import { CSAT_ACTION, csatAlready, csatThanks, feedbackClosed } from '../../replies/feedback-replies.js';
import type { Skill } from '../../router/skill.js';
import { answerCsat } from '../../services/csat/answer-csat.js';

/** `act:csat:<request id>:<up|down>` — the answer to "Did we solve it?", stored once. */
export const csatAnswer: Skill = async (ctx) => {
  const [requestId = '', choice = ''] = (ctx.action?.arg ?? '').split(':');
  if (choice !== 'up' && choice !== 'down') return { replies: [feedbackClosed(ctx.locale)] };
  const outcome = await answerCsat(ctx.em, {
    requestId,
    conversationId: ctx.conversationId,
    rating: choice === 'up' ? 1 : 0,
    now: ctx.now,
  });
  if (outcome.kind === 'saved') return { replies: [csatThanks(outcome.rating, ctx.locale)] };
  return { replies: [outcome.kind === 'already' ? csatAlready(ctx.locale) : feedbackClosed(ctx.locale)] };
};

export { CSAT_ACTION };
