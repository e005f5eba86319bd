import type { InboundMessage } from '../../messages.js';
import type { Skill } from '../../router/skill.js';
import type { InboundStep } from '../inbound-turn.js';

const OPT_IN_KEYWORDS = /^\s*(start|unstop|subscribe|resume)\s*[.!]?\s*$/i;

/** WhatsApp-style START keywords re-enable proactive messages; STOP is understood by the NLU. */
export const isOptInKeyword = (message: InboundMessage) =>
  message.kind === 'text' && OPT_IN_KEYWORDS.test(message.text);

/** Step 1: START answers at once, before anything else (even during a handoff), with the opt-in skill. */
export const optIn =
  (optInSkill: Skill): InboundStep =>
  async (turn, next) =>
    isOptInKeyword(turn.inbound) ? { kind: 'opt_in', result: await optInSkill(turn) } : next();
