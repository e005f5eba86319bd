import type { Button, InboundMessage } from '../messages.js';
import { INTENTS, type Intent, type Understood } from '../nlu/label-schema.js';
import { normaliseText } from '../nlu/normalise-text.js';
import type { ButtonAction } from '../router/skill.js';

/**
 * Button taps and numbered replies ("2" after a numbered menu, which is how buttons render on Twilio
 * WhatsApp without approved templates) resolve to the choice we offered, without the NLU.
 */
export interface ResolvedChoice {
  understood: Understood;
  /** `act:<name>:<arg>` buttons (Claim/Pass on an offer…) go straight to the registered action. */
  action?: ButtonAction;
}

export function resolveChoice(
  message: InboundMessage,
  lastButtons: Button[] | undefined,
): ResolvedChoice | null {
  let payload: string | undefined;
  if (message.kind === 'button') payload = message.payload;
  else if (message.kind === 'text' && lastButtons) {
    const n = numberedAnswer(message.text);
    if (n !== null) payload = lastButtons[n - 1]?.id;
    else payload = lastButtons.find((b) => b.title.toLowerCase() === message.text.trim().toLowerCase())?.id;
  }
  if (!payload) return null;
  const sure = (intent: Intent, slots: Understood['slots'] = {}): ResolvedChoice => ({
    understood: { intent, slots, confidence: 1 },
  });
  if (payload === 'confirm' || payload === 'deny') return sure(payload);
  const [kind, value, ...rest] = payload.split(':');
  if (kind === 'intent' && (INTENTS as readonly string[]).includes(value ?? '')) return sure(value as Intent);
  if (kind === 'faq' && value) return sure('faq', { faq: value });
  if (kind === 'act' && value) return { ...sure('confirm'), action: { name: value, arg: rest.join(':') } };
  return null;
}

/**
 * The number a reply consists of ("2", "2.", "2)", "2️⃣", full-width "２"), or null when the text is more
 * than a number.
 */
export function numberedAnswer(text: string): number | null {
  const n = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(normaliseText(text))?.[1];
  return n === undefined ? null : Number(n);
}
