import type { Intent, Understood } from '../../nlu/label-schema.js';

/** Questions whose "yes" spends or refunds money: booking (pay), cancelling (refund). */
const MONEY_QUESTIONS: readonly Intent[] = ['book_tickets', 'cancel_booking'];
/** Questions whose "yes" shares or removes the person's data: a sponsor gets the contact, a meeting request shares
 * the profile, the profile changes, everything is forgotten. */
const DATA_QUESTIONS: readonly Intent[] = [
  'sponsor_interest',
  'request_meeting',
  'update_profile',
  'forget_me',
];
/** Requests that share or change the person's data at once, without a question first. */
const DATA_REQUESTS: readonly Intent[] = ['update_profile', 'sponsor_interest'];

/**
 * Whether acting on this reading of a voice note would spend money or share data: a "yes" to a pending money or
 * data question, or a request that shares data by itself. Such a note is read back before acting unless it was
 * heard very surely (VOICE_SENSITIVE_CONFIDENCE), since a misheard "yes" cannot be taken back.
 */
export function sensitiveStep(
  meaning: Understood | undefined,
  pending: { intent: Intent; awaiting: string } | null,
): 'money' | 'data' | null {
  if (!meaning) return null;
  if (meaning.intent === 'confirm' && pending?.awaiting === 'confirm') {
    if (MONEY_QUESTIONS.includes(pending.intent)) return 'money';
    if (DATA_QUESTIONS.includes(pending.intent)) return 'data';
  }
  return DATA_REQUESTS.includes(meaning.intent) ? 'data' : null;
}
