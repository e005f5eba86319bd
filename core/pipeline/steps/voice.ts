import { translator } from '../../i18n/translate.js';
import type { Handled, InboundStep } from '../inbound-turn.js';
import { voiceReplyMessage } from '../voice-input.js';

/**
 * Step 3 (after the language step, so replies are in the person's language): a voice note we could not use (or
 * heard with low confidence) gets its reply here. One we heard well goes on as its transcript, and "🎤 I heard:
 * …" goes before the skill's answer on the way back.
 */
export const voice: InboundStep = async (turn, next) => {
  if (!turn.voice) return next();
  const t = translator(turn.locale);
  if (turn.voice.reply) return { kind: 'voice_reply', reply: voiceReplyMessage(turn.voice.reply, t) };
  const handled = await next();
  return turn.voice.heard ? withEcho(handled, t('voice.heard', { text: turn.voice.heard })) : handled;
};

function withEcho(handled: Handled, echo: string): Handled {
  if (handled.kind !== 'routed') return handled;
  const { outcome } = handled;
  const replies = [{ kind: 'text' as const, text: echo }, ...outcome.result.replies];
  return { kind: 'routed', outcome: { ...outcome, result: { ...outcome.result, replies } } };
}
