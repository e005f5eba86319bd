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
  if (kind === 'intent' && (INTENTS as readonly string[]).includes(value ?? ''))
    return sure(value as Intent, rest.length > 0 ? buttonSlots(rest.join(':')) : {});
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

const TEXT_SLOTS = ['tier', 'person', 'session', 'faq', 'sponsor', 'time', 'date'] as const;

/**
 * The slots a clarifying question's button carries (core/router/clarify.ts). The id comes back from the
 * client, so only known slots of the right type are kept; anything malformed is no slot at all.
 */
function buttonSlots(json: string): Understood['slots'] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const given = raw as Record<string, unknown>;
  const slots: Understood['slots'] = {};
  for (const key of TEXT_SLOTS) {
    const v = given[key];
    if (typeof v === 'string' && v.length <= 100) slots[key] = v;
  }
  const q = given.quantity;
  if (typeof q === 'number' && Number.isInteger(q) && q >= 1 && q <= 100) slots.quantity = q;
  if (Array.isArray(given.interests) && given.interests.every((i) => typeof i === 'string'))
    slots.interests = given.interests.slice(0, 10) as string[];
  return slots;
}
