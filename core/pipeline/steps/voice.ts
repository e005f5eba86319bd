import type { OutboundMessage } from '../../messages.js';
import type { Handled, InboundStep } from '../inbound-turn.js';

/**
 * Step 3: a voice note we could not use (or heard with low confidence) gets its reply here. One we heard well
 * goes on as its transcript, and "🎤 I heard: …" goes before the skill's answer on the way back.
 */
export const voice: InboundStep = async (turn, next) => {
  if (!turn.voice) return next();
  if (turn.voice.reply) return { kind: 'voice_reply', reply: turn.voice.reply };
  return withEcho(await next(), turn.voice.echo);
};

function withEcho(handled: Handled, echo: OutboundMessage[]): Handled {
  if (handled.kind !== 'routed' || echo.length === 0) return handled;
  const { outcome } = handled;
  const replies = [...echo, ...outcome.result.replies];
  return { kind: 'routed', outcome: { ...outcome, result: { ...outcome.result, replies } } };
}
