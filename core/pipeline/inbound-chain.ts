import type { SkillLookup } from '../router/skill.js';
import { findOpenHandoff } from '../services/handoffs/find-open-handoff.js';
import { optIn as optInSkill } from '../skills/opt-out.js';
import type { Handled, InboundTurn } from './inbound-turn.js';
import { chain } from './middleware.js';
import { botCsat } from './steps/bot-csat.js';
import { cannedReplies } from './steps/canned-replies.js';
import { faqGaps } from './steps/faq-gaps.js';
import { feedbackAnswer } from './steps/feedback-answer.js';
import { feedbackSignals } from './steps/feedback-signals.js';
import { handoffRelay } from './steps/handoff-relay.js';
import { language } from './steps/language.js';
import { optIn } from './steps/opt-in.js';
import { photo } from './steps/photo.js';
import { route } from './steps/route.js';
import { sessionAttendance } from './steps/session-attendance.js';
import { understanding } from './steps/understanding.js';
import { voice } from './steps/voice.js';

export type InboundChain = (turn: InboundTurn) => Promise<Handled>;

/**
 * The steps every inbound message passes inside its transaction, in order; the first that answers ends it.
 * `relayHandoffs` is true when organizers can answer handoffs (Slack's handoff channel is configured).
 */
export function inboundChain(options: { skills: SkillLookup; relayHandoffs: boolean }): InboundChain {
  return chain(
    [
      optIn(optInSkill),
      handoffRelay(options.relayHandoffs ? findOpenHandoff : null),
      language,
      voice,
      photo(options.skills),
      cannedReplies,
      faqGaps,
      botCsat,
      feedbackAnswer,
      // After feedbackAnswer: a typed comment is read as the comment action there, and analysed here.
      feedbackSignals,
      understanding,
      sessionAttendance,
    ],
    route(options.skills),
  );
}
