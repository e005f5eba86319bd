import { FEEDBACK_ACTIONS } from '../../replies/feedback-replies.js';
import type { SkillRegistry } from '../../router/skill.js';
import { CSAT_ACTION, csatAnswer } from './answer-csat.js';
import { attendSession } from './attend-session.js';
import { commentSession, rateSession, skipComment } from './rate-session.js';

/**
 * Session attendance and feedback are actions: buttons carry them, and the session-attendance and
 * feedback-answer steps (core/pipeline/steps) turn a room code, "I'm at …", a typed rating or a comment into them.
 */
export function registerFeedbackSkills(registry: SkillRegistry): SkillRegistry {
  return registry
    .onAction(FEEDBACK_ACTIONS.attend, attendSession)
    .onAction(FEEDBACK_ACTIONS.rate, rateSession)
    .onAction(FEEDBACK_ACTIONS.comment, commentSession)
    .onAction(FEEDBACK_ACTIONS.skip, skipComment)
    .onAction(CSAT_ACTION, csatAnswer);
}
