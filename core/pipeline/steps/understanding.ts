import { askChoiceAgain } from '../../replies/choice-replies.js';
import { acceptedOffer } from '../accepted-offer.js';
import type { InboundStep } from '../inbound-turn.js';
import { numberedAnswer, resolveChoice } from '../resolve-choice.js';

/**
 * Step 6: what the message means. A button tap or a numbered reply ("2") is read against the choices we
 * offered, without the NLU; anything else keeps the NLU's reading, which was taken before the transaction
 * (it may call a provider over the network). A voice note's transcript is never a numbered choice.
 * A number outside the choices ("7" after three) re-asks the same question; a "yes" in words to an offer
 * ("sure, add me to the list") takes the offer with its slots (accepted-offer.ts).
 */
export const understanding: InboundStep = async (turn, next) => {
  // An earlier step already read the message as an action (a feedback answer).
  if (turn.action) return next();
  const offered = turn.state.lastButtons;
  const chosen = turn.voice ? null : resolveChoice(turn.inbound, offered);
  if (!chosen) {
    const number = turn.inbound.kind === 'text' && !turn.voice ? numberedAnswer(turn.inbound.text) : null;
    const awaitsNumber = turn.state.pending?.awaiting === 'quantity';
    if (number !== null && offered && offered.length > 0 && !awaitsNumber) {
      return { kind: 'canned_reply', reply: askChoiceAgain(offered, turn.state.lastPrompt, turn.locale) };
    }
    const accepted = offered ? acceptedOffer(turn.understood, offered, turn.state.pending) : null;
    if (!accepted) return next();
    // "yes please — and is there parking?" takes the offer, then still gets its question answered.
    const more = turn.understood.more;
    return next({
      ...turn,
      understood: { ...accepted.understood, ...(more ? { more } : {}) },
      action: accepted.action,
    });
  }
  return next({
    ...turn,
    understood: chosen.understood,
    ...(chosen.action ? { action: chosen.action } : {}),
  });
};
