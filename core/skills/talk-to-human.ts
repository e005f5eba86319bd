import type { Skill } from '../router/skill.js';
import { requestHandoff } from '../services/handoffs/request-handoff.js';

export const talkToHuman: Skill = async (ctx) => {
  if (ctx.confirmation === false) {
    return {
      replies: [
        { kind: 'text', text: 'No problem. Try asking me another way, or type "help" to see what I can do.' },
      ],
    };
  }
  const reason = ctx.confirmation === true ? 'offered_after_misunderstanding' : 'asked';
  const { created, handoffId } = await requestHandoff(ctx.em, ctx.conversationId, reason);
  const text = created
    ? "I've asked the team — a person will reply to you right here as soon as they can."
    : "You're already in the team's queue — a person will reply right here soon.";
  return {
    replies: [{ kind: 'text', text }],
    ...(handoffId ? { followUps: [{ kind: 'handoff-opened' as const, handoffId }] } : {}),
  };
};
