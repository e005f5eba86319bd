import type { Button, InboundMessage } from '../messages.js';
import { INTENTS, type Intent, type Understood } from '../nlu/label-schema.js';

/**
 * Button taps and numbered replies ("2" after a numbered menu, which is how buttons render on Twilio
 * WhatsApp without approved templates) resolve to the choice we offered, without the NLU.
 */
export function resolveChoice(message: InboundMessage, lastButtons: Button[] | undefined): Understood | null {
  let payload: string | undefined;
  if (message.kind === 'button') payload = message.payload;
  else if (message.kind === 'text' && lastButtons) {
    const n = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(message.text)?.[1];
    if (n) payload = lastButtons[Number(n) - 1]?.id;
    else payload = lastButtons.find((b) => b.title.toLowerCase() === message.text.trim().toLowerCase())?.id;
  }
  if (!payload) return null;
  if (payload === 'confirm' || payload === 'deny') return { intent: payload, slots: {}, confidence: 1 };
  const [kind, value] = payload.split(':', 2);
  if (kind === 'intent' && (INTENTS as readonly string[]).includes(value ?? '')) {
    return { intent: value as Intent, slots: {}, confidence: 1 };
  }
  if (kind === 'faq' && value) return { intent: 'faq', slots: { faq: value }, confidence: 1 };
  return null;
}
