import { FEEDBACK_ACTIONS } from '../../replies/feedback-replies.js';
import { MIN_CONFIDENCE } from '../../router/route-intent.js';
import type { InboundStep } from '../inbound-turn.js';
import { numberedAnswer } from '../resolve-choice.js';

/** A rating question is answered within a day; a comment right after the rating, or not at all. */
const RATING_LAPSES_MS = 24 * 60 * 60 * 1000;
const COMMENT_LAPSES_MS = 2 * 60 * 60 * 1000;

const NO_COMMENT =
  /^\s*(skip|no|nope|none|nothing|no thanks|no comment|não|nao|nada|no gracias|ninguno)\s*[.!]*\s*$/i;

/** Readings that are no request of their own: while a rating is asked they get the question again. */
const NOT_A_REQUEST = new Set(['out_of_scope', 'confirm', 'deny', 'thanks', 'greeting']);

/**
 * Step 6a, before understanding: the answer to a feedback question (dialog state `question`). While a rating
 * is asked, a number 1–5 is the rating; any other number or a word like "great!!!" re-asks (before the
 * understanding step, which would take a "yes" in words as the first row); a message that is a request of
 * its own passes on, and the question lapses. While a comment is asked, the text is the comment — "skip" or
 * "no" skips it. Tapped rows are buttons with their own action and pass straight on.
 */
export const feedbackAnswer: InboundStep = async (turn, next) => {
  const question = turn.state.question;
  if (!question || turn.action || turn.inbound.kind !== 'text') return next();
  const age = turn.now.getTime() - new Date(question.askedAt).getTime();
  if (question.kind === 'session-comment') {
    if (age > COMMENT_LAPSES_MS) return next();
    const skip = NO_COMMENT.test(turn.text) || turn.understood.intent === 'deny';
    const name = skip ? FEEDBACK_ACTIONS.skip : FEEDBACK_ACTIONS.comment;
    return next({ ...turn, action: { name, arg: question.ref } });
  }
  if (age > RATING_LAPSES_MS) return next();
  const number = numberedAnswer(turn.text);
  const rating = number !== null && number >= 1 && number <= 5 ? String(number) : 'again';
  const answers =
    number !== null ||
    NOT_A_REQUEST.has(turn.understood.intent) ||
    turn.understood.confidence < MIN_CONFIDENCE;
  if (!answers) return next();
  return next({ ...turn, action: { name: FEEDBACK_ACTIONS.rate, arg: `${question.ref}:${rating}` } });
};
