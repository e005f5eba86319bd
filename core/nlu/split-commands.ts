import type { FollowingCommand, Intent, Understood } from './label-schema.js';

/** An answer to what we asked: the part of a message that can come before a separate question. */
const ANSWERS = new Set<Intent>(['confirm', 'deny']);
/**
 * What may follow an answer as its own command: a knowledge question, a look-up, a human. A request that
 * restates or corrects the question ("no, make it VIP", "yes, add me to the list") is not split: the
 * dialog reads those whole, as a correction or an accepted offer.
 */
const FOLLOWERS = new Set<Intent>([
  'faq',
  'agenda',
  'help',
  'talk_to_human',
  'my_tickets',
  'my_meetings',
  'waitlist_status',
]);
/** Both halves must be read with at least this confidence, or the message is read whole. */
const SURE = 0.5;
/** An answer is short ("yes please", "no thanks"); longer openings are not tried (each try is a full read). */
const MAX_ANSWER_WORDS = 4;

/** Where a message can turn from an answer to a question: punctuation, or "and"/"e"/"y"/"also" after it. */
const TURN =
  /\s*[—–\-,;.!?]+\s*(?:(?:and|also|plus|but|oh|e|y|mas|pero|tambem|também|tambien|también)\s+)*|\s+(?:and|also|plus|e|y|tambem|também|tambien|también)\s+/giu;

/**
 * Reads "yes please — and is there parking?" as two commands, in order: the answer first (the primary
 * intent, what the `nlu` command prints), then the question. Only an answer followed by a question or
 * look-up is split, and only when each half is clear on its own; anything else is the whole message's
 * reading.
 */
export function splitCommands(text: string, understandOne: (text: string) => Understood): Understood {
  const whole = understandOne(text);
  for (const m of text.matchAll(TURN)) {
    const head = text.slice(0, m.index).trim();
    const tail = text.slice(m.index + m[0].length).trim();
    if (!head || !tail) continue;
    if (head.split(/\s+/).length > MAX_ANSWER_WORDS) break;
    const first = understandOne(head);
    if (!ANSWERS.has(first.intent) || first.confidence < SURE) continue;
    const second = understandOne(tail);
    if (!FOLLOWERS.has(second.intent) || second.confidence < SURE) continue;
    const following: FollowingCommand = { ...second, text: tail };
    return { ...first, more: [following] };
  }
  return whole;
}
