import type { OutboundMessage } from '../../messages.js';
import { csatQuestion } from '../../replies/feedback-replies.js';
import { askBotCsat } from '../../services/csat/ask-bot-csat.js';
import type { InboundStep } from '../inbound-turn.js';

/**
 * Step 6e: when a skill says it ended the person's issue on its own (`endsIssue`, e.g. a completed
 * cancellation), "Did we solve it? 👍/👎" ends its reply, once per conversation (core/services/csat). The
 * question's buttons become the choices a typed "1" or "yes" is read against.
 */
export const botCsat: InboundStep = async (turn, next) => {
  const handled = await next();
  if (handled.kind !== 'routed' || !handled.outcome.result.endsIssue) return handled;
  const asked = await askBotCsat(turn.em, {
    conversationId: turn.conversationId,
    optedOut: turn.contact.optedOut,
    timezone: turn.event.timezone,
    now: turn.now,
  });
  if (asked.kind !== 'ask') return handled;
  const { result, state } = handled.outcome;
  const replies = withQuestion(result.replies, csatQuestion(asked.requestId, turn.locale));
  const question = replies.at(-1) as OutboundMessage & { kind: 'buttons' };
  return {
    ...handled,
    outcome: {
      ...handled.outcome,
      result: { ...result, replies },
      state: { ...state, lastButtons: question.buttons, lastPrompt: question.text },
    },
  };
};

/** WhatsApp allows 1,024 characters in a message with reply buttons. */
const BUTTONS_TEXT_MAX = 1024;

/**
 * The question rides on the skill's last reply when that is plain text ("I've cancelled 2 tickets… Did we
 * solve it?" with 👍/👎): one message rather than two, which also keeps them in order on the phone.
 */
function withQuestion(replies: OutboundMessage[], question: OutboundMessage & { kind: 'buttons' }) {
  const last = replies.at(-1);
  if (last?.kind !== 'text') return [...replies, question];
  const text = `${last.text}\n\n${question.text}`;
  if (text.length > BUTTONS_TEXT_MAX) return [...replies, question];
  return [...replies.slice(0, -1), { ...question, text }];
}
