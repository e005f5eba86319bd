import type { Button } from '../messages.js';
import type { Understood } from '../nlu/label-schema.js';
import type { DialogState } from '../router/dialog-state.js';
import type { ButtonAction } from '../router/skill.js';

/** Slots that name a thing: if the words name one the offer did not, they are a new request. */
const NAMING_SLOTS = ['tier', 'person', 'session', 'sponsor', 'faq'] as const;

/**
 * An offer we made with action buttons ("Sorry — VIP is sold out. Would you like to join the waiting list?
 * 1. Join waiting list 2. Other tickets") accepted in words instead of by number: a plain yes ("sure, put
 * me on it") takes the first action — the offer itself — and words that restate one of the actions ("add
 * me to the waiting list" → join_waitlist ↔ `act:join-waitlist:…`) take that one, with the slots the offer
 * carried (the tier, the party size). Anything that names something else is a new request and returns
 * null, as does any answer while a question is pending (the router resumes that).
 */
export function acceptedOffer(
  understood: Understood,
  offered: readonly Button[],
  pending: DialogState['pending'],
): { understood: Understood; action: ButtonAction } | null {
  // A pending question ("which ticket type?") is answered through the router, not by taking an offer.
  if (pending) return null;
  const actions = offered.filter((b) => b.id.startsWith('act:'));
  if (actions.length === 0) return null;
  const restated = actions.find((b) => actionName(b) === understood.intent.replaceAll('_', '-'));
  const chosen = restated ?? (understood.intent === 'confirm' ? actions[0] : undefined);
  if (!chosen) return null;
  const arg = chosen.id.split(':').slice(2).join(':');
  const named = NAMING_SLOTS.filter((slot) => understood.slots[slot] !== undefined);
  // "yes, for general instead": a tier the offer did not carry is a new request.
  if (named.some((slot) => !arg.split(':').includes(String(understood.slots[slot])))) return null;
  return {
    understood: { intent: 'confirm', slots: {}, confidence: 1 },
    action: { name: actionName(chosen), arg },
  };
}

const actionName = (button: Button) => button.id.split(':')[1] ?? '';
