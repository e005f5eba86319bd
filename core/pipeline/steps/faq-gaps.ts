import { recordFaqMiss } from '../../services/faq-gaps/record-faq-miss.js';
import type { InboundStep } from '../inbound-turn.js';

/**
 * Step 6d: a question the FAQ library could not answer (the skill says so with `faqMiss`) is noted with its
 * message, in the same transaction, for `/eventos faq gaps`.
 */
export const faqGaps: InboundStep = async (turn, next) => {
  const handled = await next();
  const miss = handled.kind === 'routed' ? handled.outcome.result.faqMiss : undefined;
  if (miss)
    await recordFaqMiss(turn.em, { eventId: turn.event.id, messageId: turn.messageId, question: miss });
  return handled;
};
