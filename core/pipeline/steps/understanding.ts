import type { InboundStep } from '../inbound-turn.js';
import { resolveChoice } from '../resolve-choice.js';

/**
 * Step 6: what the message means. A button tap or a numbered reply ("2") is read against the choices we
 * offered, without the NLU; anything else keeps the NLU's reading, which was taken before the transaction
 * (it may call a provider over the network). A voice note's transcript is never a numbered choice.
 */
export const understanding: InboundStep = async (turn, next) => {
  const chosen = turn.voice ? null : resolveChoice(turn.inbound, turn.state.lastButtons);
  if (!chosen) return next();
  return next({
    ...turn,
    understood: chosen.understood,
    ...(chosen.action ? { action: chosen.action } : {}),
  });
};
