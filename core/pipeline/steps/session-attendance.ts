import { readAttendanceCode } from '../../catalog/session-code.js';
import { FEEDBACK_ACTIONS } from '../../replies/feedback-replies.js';
import type { InboundStep } from '../inbound-turn.js';

/**
 * Saying where you are, in en/pt/es: "I'm at / in …", "attending …", "just got to …", "estou na …",
 * "cheguei à …", "estoy en …". Only together with a session the NLU linked (its `session` slot).
 */
const PRESENT =
  /\b(i'?m|im|i am|we'?re|we are)\s+(now\s+|already\s+)?(at|in|attending|watching|sitting in)\b|\b(attending|just got to|arrived at|here at)\b|\b(estou|tou|estamos)\s+(no|na|em|a assistir)\b|\bcheguei\b|\b(estoy|estamos)\s+en\b|\basistiendo\b|\bllegu[eé]\b/i;

/** Readings that may be a statement of presence; a booking or a question that names a session is not. */
const PRESENCE_INTENTS = new Set(['agenda', 'out_of_scope', 'greeting', 'checkin']);

/**
 * Step 7: session attendance. The room's QR code (`HERE-S-PGVECTOR`, a wa.me link's text) or "I'm at the
 * pgvector talk" becomes the `attend-session` action, which records it once (core/skills/feedback). The NLU
 * rules are untouched: the session comes from its entity linking.
 */
export const sessionAttendance: InboundStep = async (turn, next) => {
  if (turn.action || turn.inbound.kind !== 'text') return next();
  const code = readAttendanceCode(turn.text);
  if (code) return next({ ...turn, action: { name: FEEDBACK_ACTIONS.attend, arg: `code:${code}` } });
  const session = turn.understood.slots.session;
  if (session && PRESENCE_INTENTS.has(turn.understood.intent) && PRESENT.test(turn.text)) {
    return next({ ...turn, action: { name: FEEDBACK_ACTIONS.attend, arg: `said:${session}` } });
  }
  return next();
};
