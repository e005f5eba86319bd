import { FEEDBACK_ACTIONS } from '../../replies/feedback-replies.js';
import type { FollowUp } from '../../router/skill.js';
import { readFeedbackText } from '../../services/feedback/read-feedback-text.js';
import type { InboundStep } from '../inbound-turn.js';

/**
 * Step 6c: what organizers learn from. Whatever answers the message, a session comment or a free-text
 * complaint ("no wifi in Room A", "the room is full and they keep letting people in") is analysed after
 * commit — sentiment, topics, urgency — and an urgent one reaches the organizers' feed at once.
 */
export const feedbackSignals: InboundStep = async (turn, next) => {
  const handled = await next();
  if (handled.kind !== 'routed' || turn.inbound.kind !== 'text') return handled;
  const comment = turn.action?.name === FEEDBACK_ACTIONS.comment;
  if (!comment && !readFeedbackText(turn.text).complaint) return handled;
  const signal: FollowUp = {
    kind: 'analyse-feedback',
    messageId: turn.messageId,
    ...(comment && turn.action ? { feedbackId: turn.action.arg } : {}),
  };
  const result = handled.outcome.result;
  return {
    ...handled,
    outcome: { ...handled.outcome, result: { ...result, followUps: [...(result.followUps ?? []), signal] } },
  };
};
